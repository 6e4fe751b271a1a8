/** The zod contract of the salary calculator's saved range; the browser uses the zod-free twin in src/lib/salary/saved-range-record.ts. */
import { z } from 'astro/zod';
import { SAVED_RANGE_RECORD_VERSION, type SavedRange, type SavedRangeRecord } from '../../lib/salary/saved-range-record.ts';
import type { SameType } from './same-type.ts';

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
  /** The occupation's title, as the dataset names it. */
  occupationTitle: z.string(),
  /** Reference period of the wage data, e.g. "May 2024" ("your own figures" when the reader supplied them). */
  period: z.string(),
  /** When the range was saved (ISO time, UTC). */
  savedAt: z.iso.datetime(),
  /** The experience level the range was worked out for (added after v1 shipped, so optional). */
  level: z.enum(['entry', 'mid', 'senior']).optional(),
  /** True when the reader used their own pay figures instead of the dataset's. */
  ownFigures: z.boolean().optional(),
  /** Where the job is: a two-letter state code or "US" (added with state pay data, so optional; v1 records without it stay valid). */
  areaCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** That place's name, e.g. "Mississippi" or "United States, national", as the prep sheet shows it. */
  areaName: z.string().min(1).max(60).optional(),
});

/** The stored record: the saved range, or null when none has been saved. */
export const SavedRangeRecordSchema = z.strictObject({
  /** The record version; only the current one is read, older ones are migrated first. */
  version: z.literal(SAVED_RANGE_RECORD_VERSION),
  /** The saved range, or null when none has been saved. */
  range: SavedRangeSchema.nullable(),
});

/** Compile-time proof that the schemas and the browser's plain types agree. */
export const savedRangeTypesAgree: [
  SameType<z.output<typeof SavedRangeSchema>, SavedRange>,
  SameType<z.output<typeof SavedRangeRecordSchema>, SavedRangeRecord>,
] = [true, true];
