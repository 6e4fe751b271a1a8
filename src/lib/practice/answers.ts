/**
 * Changes to the practice record, one pure function each: updating an answer, the reader's preferences,
 * counting what is saved and merging an imported file. The record itself is defined in stored-record.ts.
 */
import type { RoleId } from '../purposes.ts';
import type { PracticeAnswer, PracticeRecord, Rating } from './stored-record.ts';

/** How each rating reads on screen and in exports. */
export const RATING_LABELS: Record<Rating, string> = { 'needs-work': 'Needs work', okay: 'Okay', strong: 'Strong' };

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
