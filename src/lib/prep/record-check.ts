/**
 * The prep sheet's record check without zod, for the browser: zod alone is larger than an island's whole JS
 * budget. A unit test keeps it in step with PrepRecordSchema (record-schema.ts), the written contract.
 */
import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';
import { CALLER_TYPES, PREP_RECORD_VERSION, PREP_STORAGE_KEY, emptyPrepRecord, type PrepRecord } from './record.ts';

/** The longest text a stored field may hold (the schema's limit). */
export const STORED_TEXT_LIMIT = 5000;

/** The text fields of the record, in the schema's order. */
const TEXT_FIELDS = ['company', 'role', 'callerName', 'callerTitle', 'date', 'time', 'timeZone', 'phone', 'pitch', 'salary', 'walkAway'] as const;
const ALL_FIELDS: readonly string[] = ['version', ...TEXT_FIELDS, 'callerType', 'matches', 'questions', 'eventUid'];

/** True for an object that is not an array (what zod's objects accept). */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
    return { success: true, data: input as PrepRecord };
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
