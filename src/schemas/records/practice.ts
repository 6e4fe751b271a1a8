/**
 * The stored shape of practice notes and ratings: the contract, which an imported file must pass. zod is
 * large, so the drill loads it only when a file is imported; storage uses the zod-free twin in
 * src/lib/practice/stored-record.ts.
 */
import { z } from 'astro/zod';
import { ROLE_IDS } from '../../lib/purposes.ts';
import { PRACTICE_RECORD_VERSION, QUESTION_ID_PATTERN, RATINGS, type PracticeRecord } from '../../lib/practice/stored-record.ts';
import type { SameType } from './same-type.ts';

/** How the reader rated one answer. */
export const RatingSchema = z.enum(RATINGS);

/** What is kept for one question: the reader's notes, their last rating and how long their last answer took. */
export const PracticeAnswerSchema = z.strictObject({
  /** The reader's notes, as typed. */
  notes: z.string().max(20_000),
  /** The reader's last self-rating; null when not rated. */
  rating: RatingSchema.nullable(),
  /** Seconds the last timed answer took; null when it wasn't timed. */
  seconds: z.number().int().nonnegative().max(86_400).nullable(),
  /** When the answer last changed (ISO time, UTC); the newer answer wins a merge. */
  updatedAt: z.iso.datetime(),
});

/** Everything the drill keeps: answers by question id, and the reader's last choices. */
export const PracticeRecordSchema = z.strictObject({
  /** The record version; only the current one is read, older ones are migrated first. */
  version: z.literal(PRACTICE_RECORD_VERSION),
  /**
   * Keyed by question id (`purpose/slug`); ids no longer in the bank are kept, never pruned. The pattern
   * also refuses keys such as `__proto__`, which a JSON object can't carry safely.
   */
  answers: z.record(z.string().regex(QUESTION_ID_PATTERN).max(200), PracticeAnswerSchema),
  /** The reader's last track and whether questions are read aloud. */
  preferences: z.strictObject({ track: z.enum(ROLE_IDS), speak: z.boolean() }).optional(),
});

/** Compile-time proof that the schema and the browser's plain `PracticeRecord` type agree. */
export const practiceTypesAgree: SameType<z.output<typeof PracticeRecordSchema>, PracticeRecord> = true;
