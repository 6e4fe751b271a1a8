/**
 * Practice notes and ratings, kept per question in the browser. This file has no zod in it, so the
 * drill's first render stays small; the schema lives in record-schema.ts and is loaded after mount.
 */
import type { RoleId } from '../purposes.ts';
import type { PracticeRecord } from './record-schema.ts';

export type { PracticeRecord } from './record-schema.ts';

/** Where practice notes are kept. The key names the format family; `version` drives migrations. */
export const PRACTICE_STORAGE_KEY = 'psg:practice:v1';

/** The record version this code writes. */
export const PRACTICE_RECORD_VERSION = 1;

/** The three self-ratings, worst first. */
export const RATINGS = ['needs-work', 'okay', 'strong'] as const;

/** A self-rating. */
export type Rating = (typeof RATINGS)[number];

/** How each rating reads on screen and in exports. */
export const RATING_LABELS: Record<Rating, string> = { 'needs-work': 'Needs work', okay: 'Okay', strong: 'Strong' };

/** What is kept for one question. */
export type PracticeAnswer = PracticeRecord['answers'][string];

/** A record with nothing in it. */
export function emptyPracticeRecord(): PracticeRecord {
  return { version: PRACTICE_RECORD_VERSION, answers: {} };
}

/** An answer with nothing in it yet. */
function blankAnswer(now: Date): PracticeAnswer {
  return { notes: '', rating: null, seconds: null, updatedAt: now.toISOString() };
}

/** The record with one question's answer changed; the rest is untouched. */
export function updateAnswer(record: PracticeRecord, questionId: string, patch: Partial<Omit<PracticeAnswer, 'updatedAt'>>, now: Date): PracticeRecord {
  const previous = record.answers[questionId] ?? blankAnswer(now);
  return { ...record, answers: { ...record.answers, [questionId]: { ...previous, ...patch, updatedAt: now.toISOString() } } };
}

/** The record with the reader's last track and read-aloud choice. */
export function withPreferences(record: PracticeRecord, track: RoleId, speak: boolean): PracticeRecord {
  return { ...record, preferences: { track, speak } };
}

/** True when an answer holds something worth keeping. */
export function hasContent(answer: PracticeAnswer | undefined): boolean {
  return !!answer && (answer.notes.trim() !== '' || answer.rating !== null || answer.seconds !== null);
}

/** How many questions have notes, a rating or a time. */
export function countSaved(record: PracticeRecord): number {
  return Object.values(record.answers).filter(hasContent).length;
}

/**
 * Combines an imported record with the current one, question by question: the newer answer wins, and
 * nothing that only one side has is dropped.
 */
export function mergeRecords(current: PracticeRecord, imported: PracticeRecord): { record: PracticeRecord; changed: number } {
  const answers = { ...current.answers };
  let changed = 0;
  for (const [id, answer] of Object.entries(imported.answers)) {
    const mine = answers[id];
    if (!mine || Date.parse(answer.updatedAt) > Date.parse(mine.updatedAt)) {
      answers[id] = answer;
      changed += 1;
    }
  }
  return { record: { ...current, answers }, changed };
}
