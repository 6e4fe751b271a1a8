/** The one thing to work on next, in plain words, from the figures of a drill's takes. */
import type { DeliveryFigures } from './silence.ts';

/** What the coach looks at for one take. */
export interface TakeForCoach {
  targetSeconds: number;
  delivery: DeliveryFigures;
  /** From a transcript, when there is one. */
  words?: { wpm: number | null; fillerTotal: number; words: number } | null;
  /** Key points mentioned, when there is a transcript. */
  coverage?: { covered: number; total: number } | null;
}

/** The bars the advice uses; named so the tests and the sentences agree. */
export const COACH_LIMITS = {
  /** Answers over target by more than this share (25%) get "cut". */
  overShare: 0.25,
  /** Answers under this share of the target (40%) get "add an example", as the timer's verdict does. */
  shortShare: 0.4,
  /** More filler words a minute of talk than this is worth working on. */
  fillersPerMinute: 4,
  /** Slower than this to begin, on average (ms). */
  slowStartMs: 3000,
  /** Comfortable phone pace, words a minute. */
  fastWpm: 170,
  slowWpm: 110,
  /** Mentioning less than this share of the key points. */
  coverageShare: 0.5,
} as const;

const finite = (n: number) => (Number.isFinite(n) ? n : 0);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The single most useful thing to practice next, checked in order of what a caller notices most: length,
 * long silences, fillers, a slow start, pace, then coverage of the key points. Never empty.
 */
export function oneThingToWorkOn(takes: readonly TakeForCoach[]): string {
  const timed = takes.filter((t) => finite(t.delivery.durationMs) > 0 && t.targetSeconds > 0);
  if (timed.length === 0) return 'Record an answer or two: the figures from your recordings will show what to work on next.';

  const spoken = timed.reduce((sum, t) => sum + finite(t.delivery.durationMs), 0) / 1000;
  const target = timed.reduce((sum, t) => sum + t.targetSeconds, 0);
  const ratio = spoken / target;
  if (ratio > 1 + COACH_LIMITS.overShare)
    return `Your answers ran ${Math.round((ratio - 1) * 100)}% over target; cut to one example and stop when you’ve made your point.`;
  if (ratio < COACH_LIMITS.shortShare)
    return `Your answers were short (${Math.round(ratio * 100)}% of the target time); add one concrete example with a result.`;

  const longSilences = timed.reduce((sum, t) => sum + t.delivery.longSilences, 0);
  if (longSilences > 0)
    return `You went quiet for more than two seconds ${plural(longSilences, 'time')}; on a call that sounds like the line dropped. If you need a moment, say “Let me think about that for a second.”`;

  const withWords = timed.filter((t) => t.words && t.words.words > 0);
  const talkMinutes = withWords.reduce((sum, t) => sum + finite(t.delivery.talkMs), 0) / 60_000;
  const fillers = withWords.reduce((sum, t) => sum + finite(t.words!.fillerTotal), 0);
  if (talkMinutes > 0 && fillers / talkMinutes > COACH_LIMITS.fillersPerMinute)
    return `You used at least ${plural(fillers, 'filler word')} (about ${Math.round(fillers / talkMinutes)} a minute of talk); pause silently instead of filling the gap.`;

  const starts = timed.map((t) => t.delivery.firstWordMs).filter((ms): ms is number => ms !== null);
  const meanStart = starts.length > 0 ? starts.reduce((a, b) => a + b, 0) / starts.length : 0;
  if (meanStart > COACH_LIMITS.slowStartMs)
    return `You took ${Math.round(meanStart / 1000)} seconds on average to start; open with a one-line answer, then explain.`;

  const paced = withWords.filter((t) => t.words!.wpm !== null);
  const pacedMinutes = paced.reduce((sum, t) => sum + finite(t.delivery.talkMs), 0) / 60_000;
  const pacedWords = paced.reduce((sum, t) => sum + t.words!.words, 0);
  const wpm = pacedMinutes > 0 ? Math.round(pacedWords / pacedMinutes) : null;
  if (wpm !== null && wpm > COACH_LIMITS.fastWpm) return `You spoke at about ${wpm} words a minute; slow down so each point lands on a phone line.`;
  if (wpm !== null && wpm < COACH_LIMITS.slowWpm) return `You spoke at about ${wpm} words a minute; pick up the pace a little and keep sentences short.`;

  const covered = timed.filter((t) => t.coverage && t.coverage.total > 0);
  const hit = covered.reduce((sum, t) => sum + t.coverage!.covered, 0);
  const all = covered.reduce((sum, t) => sum + t.coverage!.total, 0);
  if (all > 0 && hit / all < COACH_LIMITS.coverageShare)
    return `You mentioned ${hit} of ${all} key points; name the points a strong answer covers before adding detail.`;

  return 'Nothing stands out: your length, pauses and pace were in range. Try a harder question or a new track next.';
}
