/**
 * Figures from what the speaker said: pace and filler words. The transcript is typed or pasted by the
 * reader, or comes from an on-device recognizer; recognizers drop some fillers, so counts are a floor.
 */

/** The filler words and phrases we count, as the reader sees them named. */
export const FILLERS = ['um', 'uh', 'like', 'you know', 'basically', 'sort of', 'I mean'] as const;

/** One filler word or phrase. */
export type Filler = (typeof FILLERS)[number];

/** One word as spoken, lowercased, with what came right before and after it (punctuation matters for "like"). */
interface Token {
  word: string;
  /** True when a comma, dash, ellipsis or sentence end comes right before the word (or it opens the text). */
  pausedBefore: boolean;
  /** True when a comma, dash, ellipsis or sentence end comes right after the word (or it ends the text). */
  pausedAfter: boolean;
}

const WORD = /[a-z0-9]+(?:['’][a-z]+)*/gi;

/** Splits a transcript into words, noting the pauses punctuation marks around each. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(previousEnd, match.index);
    const last = tokens.at(-1);
    const paused = tokens.length === 0 || /[,.;:!?…—–-]/.test(between);
    if (last) last.pausedAfter = paused;
    tokens.push({ word: match[0].toLowerCase().replace(/’/g, "'"), pausedBefore: paused, pausedAfter: true });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** How many words a transcript holds. */
export function countWords(text: string): number {
  return tokenize(text).length;
}

/** Words per minute over talk time, rounded; null when there is too little speech or too few words to say. */
export function wordsPerMinute(words: number, talkMs: number): number | null {
  if (!Number.isFinite(words) || !Number.isFinite(talkMs) || words < 1 || talkMs < 1000) return null;
  return Math.round(words / (talkMs / 60_000));
}

const UM = /^(u+m+|e+r+m+|h?m+)$/;
const UH = /^(u+h+|e+r+)$/;
/** Words before "like" that make it a verb ("I like", "would like") or a comparison ("looks like"). */
const LIKE_NOT_FILLER_BEFORE = new Set([
  'i',
  'you',
  'we',
  'they',
  'would',
  "i'd",
  "you'd",
  "we'd",
  "they'd",
  'to',
  "don't",
  "didn't",
  'do',
  'did',
  'really',
  'looks',
  'look',
  'looked',
  'feel',
  'feels',
  'felt',
  'sounds',
  'sound',
  'seems',
  'seem',
  'something',
  'anything',
  'nothing',
  'more',
  'much',
  'just',
  'not',
  'is',
  "it's",
  'was',
  'be',
  'are',
]);
/** Words after "you know" that make it a real question or statement ("you know what I mean", "you know the team"). */
const KNOW_OBJECT = new Set([
  'what',
  'how',
  'that',
  'the',
  'a',
  'an',
  'about',
  'if',
  'when',
  'where',
  'why',
  'who',
  'which',
  'whether',
  'this',
  'it',
  'him',
  'her',
  'them',
  'me',
  'us',
  'my',
  'your',
  'our',
  'their',
  'its',
  'some',
  'any',
  'more',
]);
const KNOW_NOT_FILLER_BEFORE = new Set(['do', 'did', "don't", "didn't", 'if', 'as', 'would', 'will', 'can', 'could', 'let', 'should', 'might']);
const SORT_NOT_FILLER_BEFORE = new Set(['what', 'a', 'the', 'this', 'that', 'any', 'some', 'one', 'every', 'which', 'same']);
const MEAN_NOT_FILLER_AFTER = new Set(['it', 'to', 'business', 'that']);

/**
 * Filler words and phrases in a transcript, per kind. "Like" counts only where punctuation or another
 * filler sets it apart (", like,"), never "I like" or "looks like"; "you know" and "sort of" skip their
 * ordinary uses. A floor, not a verdict: a plain transcript without commas hides some fillers.
 */
export function countFillers(text: string): Record<Filler, number> {
  const counts = Object.fromEntries(FILLERS.map((f) => [f, 0])) as Record<Filler, number>;
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const isFillerSound = (token: Token | undefined) => !!token && (UM.test(token.word) || UH.test(token.word));
    if (UM.test(t.word)) counts.um += 1;
    else if (UH.test(t.word)) counts.uh += 1;
    else if (t.word === 'basically') counts.basically += 1;
    else if (t.word === 'like') {
      const setApart = t.pausedBefore || t.pausedAfter || isFillerSound(before) || isFillerSound(after) || after?.word === 'like' || before?.word === 'like';
      if (setApart && !(before && !t.pausedBefore && LIKE_NOT_FILLER_BEFORE.has(before.word))) counts.like += 1;
    } else if (t.word === 'know' && before?.word === 'you' && !t.pausedBefore) {
      const beforeYou = tokens[i - 2];
      const asked = beforeYou && !before.pausedBefore && KNOW_NOT_FILLER_BEFORE.has(beforeYou.word);
      const hasObject = after && !t.pausedAfter && KNOW_OBJECT.has(after.word);
      if (!asked && !hasObject) counts['you know'] += 1;
    } else if (t.word === 'of' && before?.word === 'sort' && !t.pausedBefore) {
      const beforeSort = tokens[i - 2];
      if (!(beforeSort && !before.pausedBefore && SORT_NOT_FILLER_BEFORE.has(beforeSort.word))) counts['sort of'] += 1;
    } else if (t.word === 'mean' && before?.word === 'i' && !t.pausedBefore) {
      if (!(after && !t.pausedAfter && MEAN_NOT_FILLER_AFTER.has(after.word))) counts['I mean'] += 1;
    }
  });
  return counts;
}

/** The total of a filler count. */
export function totalFillers(counts: Record<Filler, number>): number {
  return FILLERS.reduce((sum, f) => sum + counts[f], 0);
}

/** Everything a transcript says about a take. */
export interface TranscriptFigures {
  words: number;
  /** Words per minute over the take's talk time, or null when there's too little to measure. */
  wpm: number | null;
  fillers: Record<Filler, number>;
  fillerTotal: number;
}

/** Pace and fillers for a transcript over a take's talk time. */
export function transcriptFigures(text: string, talkMs: number): TranscriptFigures {
  const words = countWords(text);
  const fillers = countFillers(text);
  return { words, wpm: wordsPerMinute(words, talkMs), fillers, fillerTotal: totalFillers(fillers) };
}
