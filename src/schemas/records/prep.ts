/**
 * The stored shape of the call prep sheet: the written contract. The browser checks records with its
 * zod-free twin in src/lib/prep/stored-record.ts, because zod is larger than the island's whole budget.
 */
import { z } from 'astro/zod';
import { CALLER_TYPES, PREP_RECORD_VERSION, STORED_TEXT_LIMIT, type PrepRecord } from '../../lib/prep/stored-record.ts';
import type { SameType } from './same-type.ts';

/** Free text as typed; generous limits, because stored data is never refused for being long. */
const Text = z.string().max(STORED_TEXT_LIMIT);

/** The stored prep sheet. Dates and times are kept as typed and checked on screen, never on load. */
export const PrepRecordSchema = z.strictObject({
  /** The record version; only the current one is read, older ones are migrated first. */
  version: z.literal(PREP_RECORD_VERSION),
  /** The employer's name. */
  company: Text,
  /** The job title being screened for. */
  role: Text,
  /** Who is calling. */
  callerName: Text,
  /** The caller's job title. */
  callerTitle: Text,
  /** What kind of caller they are, or empty when not chosen. */
  callerType: z.union([z.enum(CALLER_TYPES), z.literal('')]),
  /** As typed, e.g. "2026-05-14" or "5/14/2026". */
  date: Text,
  /** As typed, e.g. "14:30" or "2:30 pm". */
  time: Text,
  /** An IANA zone such as America/Chicago; empty until the browser's own is filled in. */
  timeZone: Text,
  /** The number to expect the call from, or to call. */
  phone: Text,
  /** The reader's short pitch. */
  pitch: Text,
  /** Three things you've done that match the posting. */
  matches: z.tuple([Text, Text, Text]),
  /** The range to say, as text: pulled from the calculator, then the reader's to edit. */
  salary: Text,
  /** The lowest pay the reader would accept, as text. */
  walkAway: Text,
  /** Questions to ask the caller, in the order they'll be asked. */
  questions: z.array(Text).max(50),
  /** The calendar event's UID, made on the first download so later downloads update the same event. */
  eventUid: z.string().max(200).nullable(),
});

/** Compile-time proof that the schema and the browser's plain `PrepRecord` type agree. */
export const prepTypesAgree: SameType<z.output<typeof PrepRecordSchema>, PrepRecord> = true;
