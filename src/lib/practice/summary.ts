/** The end-of-drill summary: how long each answer took, how it was rated, and what to work on next. */
import { PURPOSE_IDS, type PurposeId } from '../purposes.ts';
import type { Rating } from './stored-record.ts';
import { timeVerdict, type TimeVerdict } from './timer.ts';

/** One answered question, as the drill saw it. */
export interface DrillResult {
  id: string;
  prompt: string;
  purpose: PurposeId;
  targetSeconds: number;
  /** Seconds timed, or null when the reader didn't use the timer. */
  seconds: number | null;
  rating: Rating | null;
}

/** A row of the summary table. */
export interface SummaryRow extends DrillResult {
  verdict: TimeVerdict;
}

/** The whole summary. */
export interface DrillSummary {
  rows: SummaryRow[];
  /** Purposes with an answer rated "needs work" or not rated at all, in the site's purpose order. */
  needsWork: PurposeId[];
  /** Ids of the questions to drill again: rated "needs work", or not rated. */
  retryIds: string[];
  counts: Record<Rating | 'unrated', number>;
}

/** Adds up a finished drill. An unrated answer counts as needing work: the reader didn't say it went well. */
export function summarize(results: readonly DrillResult[]): DrillSummary {
  const rows = results.map((r) => ({ ...r, verdict: timeVerdict(r.seconds, r.targetSeconds) }));
  const weak = rows.filter((r) => r.rating === null || r.rating === 'needs-work');
  const counts = { 'needs-work': 0, okay: 0, strong: 0, unrated: 0 };
  for (const r of rows) counts[r.rating ?? 'unrated'] += 1;
  const weakPurposes = new Set(weak.map((r) => r.purpose));
  return { rows, needsWork: PURPOSE_IDS.filter((p) => weakPurposes.has(p)), retryIds: weak.map((r) => r.id), counts };
}
