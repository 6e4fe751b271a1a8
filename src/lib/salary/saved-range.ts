import { z } from 'astro/zod';

/** Where the salary calculator keeps the range the reader chose to save (read by the prep sheet). */
export const SAVED_RANGE_STORAGE_KEY = 'psg:salary:v1';

/** The record version this code writes. */
export const SAVED_RANGE_RECORD_VERSION = 1;

/** A range the reader saved: whole dollars for yearly pay, cents for hourly pay. */
export const SavedRangeSchema = z.strictObject({
  /** `year`: amounts are whole dollars a year. `hour`: amounts are cents an hour. */
  unit: z.enum(['year', 'hour']),
  /** The bottom of the range to say. */
  low: z.number().int().nonnegative(),
  /** The top of the range to say. */
  high: z.number().int().nonnegative(),
  /** Below this, walk away. Same unit. */
  walkAway: z.number().int().nonnegative(),
  /** SOC code and title of the occupation the range is based on. */
  occupationSoc: z.string(),
  occupationTitle: z.string(),
  /** Reference period of the wage data, e.g. "May 2024". */
  period: z.string(),
  savedAt: z.iso.datetime(),
});

/** A saved salary range. */
export type SavedRange = z.output<typeof SavedRangeSchema>;

/** The stored record: the saved range, or null when none has been saved. */
export const SavedRangeRecordSchema = z.strictObject({
  version: z.literal(SAVED_RANGE_RECORD_VERSION),
  range: SavedRangeSchema.nullable(),
});

/** The stored record type. */
export type SavedRangeRecord = z.output<typeof SavedRangeRecordSchema>;

/** A record with no range saved. */
export function emptySavedRangeRecord(): SavedRangeRecord {
  return { version: SAVED_RANGE_RECORD_VERSION, range: null };
}
