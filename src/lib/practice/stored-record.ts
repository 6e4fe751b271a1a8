/**
 * Practice notes and ratings as the browser keeps them, without zod: zod alone is larger than an island's
 * whole JS budget. The zod contract is src/schemas/records/practice.ts (loaded only to check an imported
 * file); a unit test keeps `practiceRecordCheck` in step with it.
 */
import { defineRecord } from '../storage/define-record.ts';
import { ISO_DATETIME, isObject } from '../storage/checks.ts';
import type { RecordCheck } from '../storage/types.ts';
import { ROLE_IDS, type RoleId } from '../purposes.ts';

/** Where practice notes are kept. The key names the format family; `version` drives migrations. */
export const PRACTICE_STORAGE_KEY = 'psg:practice:v1';

/** The record version this code writes. */
export const PRACTICE_RECORD_VERSION = 1;

/** The three self-ratings, worst first. */
export const RATINGS = ['needs-work', 'okay', 'strong'] as const;

/** A self-rating. */
export type Rating = (typeof RATINGS)[number];

/** A question id as stored: `purpose/slug`, and never a key like `__proto__`. */
export const QUESTION_ID_PATTERN = /^[a-z0-9][a-z0-9/_-]*$/i;

/** What is kept for one question (fields documented in the schema). */
export interface PracticeAnswer {
  notes: string;
  rating: Rating | null;
  seconds: number | null;
  updatedAt: string;
}

/** The practice record (the schema proves at compile time that it matches this type). */
export interface PracticeRecord {
  version: typeof PRACTICE_RECORD_VERSION;
  answers: Record<string, PracticeAnswer>;
  preferences?: { track: RoleId; speak: boolean };
}

/** A record with nothing in it. */
export function emptyPracticeRecord(): PracticeRecord {
  return { version: PRACTICE_RECORD_VERSION, answers: {} };
}

/** True when an object has no keys beyond `allowed` (zod's strictObject). */
function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** One stored answer, checked as PracticeAnswerSchema does. */
function isAnswer(value: unknown): boolean {
  if (!isObject(value) || !onlyKeys(value, ['notes', 'rating', 'seconds', 'updatedAt'])) return false;
  const { notes, rating, seconds, updatedAt } = value;
  return (
    typeof notes === 'string' &&
    notes.length <= 20_000 &&
    (rating === null || (RATINGS as readonly unknown[]).includes(rating)) &&
    (seconds === null || (Number.isInteger(seconds) && (seconds as number) >= 0 && (seconds as number) <= 86_400)) &&
    typeof updatedAt === 'string' &&
    ISO_DATETIME.test(updatedAt)
  );
}

/** Validates a stored practice record exactly as PracticeRecordSchema does. */
export const practiceRecordCheck: RecordCheck<PracticeRecord> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== PRACTICE_RECORD_VERSION || !onlyKeys(input, ['version', 'answers', 'preferences'])) return { success: false };
    const { answers, preferences } = input;
    if (!isObject(answers)) return { success: false };
    for (const [id, answer] of Object.entries(answers)) if (id.length > 200 || !QUESTION_ID_PATTERN.test(id) || !isAnswer(answer)) return { success: false };
    if (preferences !== undefined) {
      if (!isObject(preferences) || !onlyKeys(preferences, ['track', 'speak'])) return { success: false };
      if (!(ROLE_IDS as readonly unknown[]).includes(preferences.track) || typeof preferences.speak !== 'boolean') return { success: false };
    }
    return { success: true, data: input as unknown as PracticeRecord };
  },
};

/** The practice drill's stored record: notes, ratings and times per question. */
export const practiceRecord = defineRecord<PracticeRecord>({
  key: PRACTICE_STORAGE_KEY,
  version: PRACTICE_RECORD_VERSION,
  check: practiceRecordCheck,
  empty: emptyPracticeRecord,
  what: 'your practice notes',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
