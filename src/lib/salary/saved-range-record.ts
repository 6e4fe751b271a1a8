/**
 * The saved-range record without zod, for the browser: the zod schemas in src/schemas/records/saved-range.ts
 * stay the contract, but zod would more than double the calculator's JavaScript. This validator accepts only
 * records the schema accepts (a unit test checks it against the schema), so the prep sheet can read
 * anything the calculator keeps; whatever it turns down is backed up by the store, never lost.
 */
import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/types.ts';
import { SAVED_RANGE_STORAGE_KEY } from './storage-keys.ts';

export { SAVED_RANGE_STORAGE_KEY };

/** The record version this code writes. */
export const SAVED_RANGE_RECORD_VERSION = 1;

/** A range the reader saved: whole dollars for yearly pay, cents for hourly pay (fields documented in the schema). */
export interface SavedRange {
  unit: 'year' | 'hour';
  low: number;
  high: number;
  walkAway: number;
  occupationSoc: string;
  occupationTitle: string;
  period: string;
  savedAt: string;
  level?: 'entry' | 'mid' | 'senior';
  ownFigures?: boolean;
  areaCode?: string;
  areaName?: string;
}

/** The stored record: the saved range, or null when none has been saved. */
export interface SavedRangeRecord {
  version: typeof SAVED_RANGE_RECORD_VERSION;
  range: SavedRange | null;
}

/** A record with no range saved. */
export function emptySavedRangeRecord(): SavedRangeRecord {
  return { version: SAVED_RANGE_RECORD_VERSION, range: null };
}

const RANGE_KEYS = new Set([
  'unit',
  'low',
  'high',
  'walkAway',
  'occupationSoc',
  'occupationTitle',
  'period',
  'savedAt',
  'level',
  'ownFigures',
  'areaCode',
  'areaName',
]);
const LEVELS = new Set(['entry', 'mid', 'senior']);
/** Exactly what Date#toISOString writes, which is all this code ever stores. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isInstant(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

function isSavedRange(value: unknown): value is SavedRange {
  if (!isRecordObject(value)) return false;
  if (Object.keys(value).some((key) => !RANGE_KEYS.has(key))) return false;
  const { unit, low, high, walkAway, occupationSoc, occupationTitle, period, savedAt, level, ownFigures, areaCode, areaName } = value;
  return (
    (unit === 'year' || unit === 'hour') &&
    isAmount(low) &&
    isAmount(high) &&
    isAmount(walkAway) &&
    typeof occupationSoc === 'string' &&
    typeof occupationTitle === 'string' &&
    typeof period === 'string' &&
    isInstant(savedAt) &&
    (level === undefined || (typeof level === 'string' && LEVELS.has(level))) &&
    (ownFigures === undefined || typeof ownFigures === 'boolean') &&
    (areaCode === undefined || (typeof areaCode === 'string' && /^[A-Z]{2}$/.test(areaCode))) &&
    (areaName === undefined || (typeof areaName === 'string' && areaName.length >= 1 && areaName.length <= 60))
  );
}

/** Checks a stored record; shaped like a zod schema's safeParse, which is all the versioned store needs. */
export const savedRangeRecordValidator: RecordCheck<SavedRangeRecord> = {
  safeParse(value: unknown): { success: true; data: SavedRangeRecord } | { success: false } {
    if (!isRecordObject(value) || Object.keys(value).some((key) => key !== 'version' && key !== 'range')) return { success: false };
    if (value.version !== SAVED_RANGE_RECORD_VERSION || !('range' in value)) return { success: false };
    if (value.range !== null && !isSavedRange(value.range)) return { success: false };
    return { success: true, data: { version: SAVED_RANGE_RECORD_VERSION, range: value.range } };
  },
};

/** The calculator's saved range: the calculator writes it, the prep sheet reads it. */
export const savedRangeRecord = defineRecord<SavedRangeRecord>({
  key: SAVED_RANGE_STORAGE_KEY,
  version: SAVED_RANGE_RECORD_VERSION,
  check: savedRangeRecordValidator,
  empty: emptySavedRangeRecord,
  what: 'your saved range',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
