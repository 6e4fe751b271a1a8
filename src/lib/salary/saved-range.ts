import { z } from 'astro/zod';
import { SAVED_RANGE_RECORD_VERSION } from './saved-range-record.ts';

// The key, version and empty record live in the zod-free module, so the browser can use them without zod.
export { SAVED_RANGE_STORAGE_KEY, SAVED_RANGE_RECORD_VERSION, emptySavedRangeRecord } from './saved-range-record.ts';

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
  /** Reference period of the wage data, e.g. "May 2024" ("your own figures" when the reader supplied them). */
  period: z.string(),
  savedAt: z.iso.datetime(),
  /** The experience level the range was worked out for (added after v1 shipped, so optional). */
  level: z.enum(['entry', 'mid', 'senior']).optional(),
  /** True when the reader used their own pay figures instead of the dataset's. */
  ownFigures: z.boolean().optional(),
  /** Where the job is: a two-letter state code or "US" (added with state pay data, so optional; v1 records without it stay valid). */
  areaCode: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** That place's name, e.g. "Mississippi" or "United States, national", as the prep sheet shows it. */
  areaName: z.string().min(1).max(60).optional(),
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
