/**
 * The call prep sheet as it is kept in the browser, without zod: zod alone is larger than the island's whole
 * JS budget. Every field is the text the reader typed, valid or not, so a mistake never costs them their
 * words. The zod contract is src/schemas/records/prep.ts; a unit test keeps `prepRecordCheck` in step with it.
 */
import { defineRecord } from '../storage/define-record.ts';
import { isObject } from '../storage/checks.ts';
import type { RecordCheck } from '../storage/types.ts';

/** Where the prep sheet is kept. The key names the format family; `version` drives migrations. */
export const PREP_STORAGE_KEY = 'psg:prep:v1';

/** The record version this code writes. */
export const PREP_RECORD_VERSION = 1;

/** Who may be on the other end of the call. */
export const CALLER_TYPES = ['recruiter', 'hr', 'hiring-manager', 'executive'] as const;

/** One kind of caller. */
export type CallerType = (typeof CALLER_TYPES)[number];

/** The longest text a stored field may hold (the schema's limit). */
export const STORED_TEXT_LIMIT = 5000;

/** The stored prep sheet (fields documented in the schema, which proves at compile time that it matches). */
export interface PrepRecord {
  version: typeof PREP_RECORD_VERSION;
  company: string;
  role: string;
  callerName: string;
  callerTitle: string;
  callerType: CallerType | '';
  date: string;
  time: string;
  timeZone: string;
  phone: string;
  pitch: string;
  matches: [string, string, string];
  salary: string;
  walkAway: string;
  questions: string[];
  eventUid: string | null;
}

/** A prep sheet with nothing filled in. The time zone is filled in from the browser after mount. */
export function emptyPrepRecord(): PrepRecord {
  return {
    version: PREP_RECORD_VERSION,
    company: '',
    role: '',
    callerName: '',
    callerTitle: '',
    callerType: '',
    date: '',
    time: '',
    timeZone: '',
    phone: '',
    pitch: '',
    matches: ['', '', ''],
    salary: '',
    walkAway: '',
    questions: [],
    eventUid: null,
  };
}

/** The text fields of the record, in the schema's order. */
const TEXT_FIELDS = ['company', 'role', 'callerName', 'callerTitle', 'date', 'time', 'timeZone', 'phone', 'pitch', 'salary', 'walkAway'] as const;
const ALL_FIELDS: readonly string[] = ['version', ...TEXT_FIELDS, 'callerType', 'matches', 'questions', 'eventUid'];

const isText = (value: unknown) => typeof value === 'string' && value.length <= STORED_TEXT_LIMIT;

/** Validates a stored prep sheet exactly as PrepRecordSchema does. */
export const prepRecordCheck: RecordCheck<PrepRecord> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== PREP_RECORD_VERSION) return { success: false };
    if (Object.keys(input).some((key) => !ALL_FIELDS.includes(key))) return { success: false };
    if (!TEXT_FIELDS.every((field) => isText(input[field]))) return { success: false };
    if (input.callerType !== '' && !(CALLER_TYPES as readonly unknown[]).includes(input.callerType)) return { success: false };
    const { matches, questions, eventUid } = input;
    if (!Array.isArray(matches) || matches.length !== 3 || !matches.every(isText)) return { success: false };
    if (!Array.isArray(questions) || questions.length > 50 || !questions.every(isText)) return { success: false };
    if (eventUid !== null && !(typeof eventUid === 'string' && eventUid.length <= 200)) return { success: false };
    return { success: true, data: input as unknown as PrepRecord };
  },
};

/** The prep sheet's stored record. */
export const prepRecord = defineRecord<PrepRecord>({
  key: PREP_STORAGE_KEY,
  version: PREP_RECORD_VERSION,
  check: prepRecordCheck,
  empty: emptyPrepRecord,
  what: 'your prep sheet',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
