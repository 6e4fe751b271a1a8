/**
 * The stored shape of the call prep sheet: the written contract. The browser checks records with its
 * zod-free twin in record-check.ts, because zod is larger than the island's whole budget.
 */
import { z } from 'astro/zod';
import { CALLER_TYPES, PREP_RECORD_VERSION } from './record.ts';
import { STORED_TEXT_LIMIT } from './record-check.ts';

/** Free text as typed; generous limits, because stored data is never refused for being long. */
const Text = z.string().max(STORED_TEXT_LIMIT);

/** The stored prep sheet. Dates and times are kept as typed and checked on screen, never on load. */
export const PrepRecordSchema = z.strictObject({
  version: z.literal(PREP_RECORD_VERSION),
  company: Text,
  role: Text,
  callerName: Text,
  callerTitle: Text,
  callerType: z.union([z.enum(CALLER_TYPES), z.literal('')]),
  /** As typed, e.g. "2026-05-14" or "5/14/2026". */
  date: Text,
  /** As typed, e.g. "14:30" or "2:30 pm". */
  time: Text,
  /** An IANA zone such as America/Chicago; empty until the browser's own is filled in. */
  timeZone: Text,
  phone: Text,
  pitch: Text,
  /** Three things you've done that match the posting. */
  matches: z.tuple([Text, Text, Text]),
  /** The range to say, as text: pulled from the calculator, then the reader's to edit. */
  salary: Text,
  walkAway: Text,
  /** Questions to ask the caller, in the order they'll be asked. */
  questions: z.array(Text).max(50),
  /** The calendar event's UID, made on the first download so later downloads update the same event. */
  eventUid: z.string().max(200).nullable(),
});

/** The stored prep sheet. */
export type PrepRecord = z.output<typeof PrepRecordSchema>;
