import { tokenise } from './tokenise.ts';

/**
 * "Did you mean": a small spelling corrector built from the site's own words. The build publishes every
 * word of four letters or more that the guides and questions use (most frequent first) at
 * /search/words.json, fetched when search opens. A typed word the site never uses is replaced by the
 * closest of those words within a small edit distance. No new search engine: Pagefind still answers the
 * corrected query. (Pagefind's own answer can't tell us a word is unknown: it stems and prefix-matches,
 * so "salery" quietly finds pages about "sales".)
 */

/** Words shorter than this are never corrected: "cv", "job" and "ask" have too many near neighbors. */
export const MIN_CORRECTABLE_LENGTH = 4;

/** Most words the build publishes: room for the whole site's vocabulary (about 3,000 words now, 11 KB gzipped). */
export const MAX_DICTIONARY_WORDS = 8000;

/** Every word the site uses counts: the list must be complete, or a real but rare word would be "corrected". */
export const MIN_WORD_COUNT = 1;

/**
 * How many edits a word of this length may be from a suggestion: one for short words ("salry"),
 * two from eight letters ("intervew" is one away, "recuiterr" two), so short words are not turned into
 * unrelated ones.
 */
export function maxEditsFor(word: string): number {
  if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * Edit distance between two words (insertions, deletions, substitutions, and swaps of two neighboring
 * letters, each costing one), or `limit + 1` as soon as it is certain to be larger than `limit`. The
 * early exit keeps a pass over a few thousand words cheap.
 */
export function editDistance(a: string, b: string, limit: number = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const over = Number.isFinite(limit) ? limit + 1 : Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return over;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length]!;
  return distance > limit ? over : distance;
}

/** A word list ready for lookups: membership for "is this a real word here?", order for "which is likelier?". */
export interface SpellingDictionary {
  /** Words, most frequent first. */
  words: readonly string[];
  /** The same words, for fast membership tests. */
  known: ReadonlySet<string>;
}

/** Builds a dictionary from a published word list, keeping only plain lowercase words, first occurrence wins. */
export function createDictionary(words: readonly unknown[]): SpellingDictionary {
  const kept: string[] = [];
  const known = new Set<string>();
  for (const word of words) {
    if (typeof word !== 'string' || !/^[a-z0-9']+$/.test(word) || known.has(word)) continue;
    known.add(word);
    kept.push(word);
  }
  return { words: kept, known };
}

/**
 * The closest site word to `word`, or `null` when it is already a site word, too short to correct,
 * or nothing is close enough. Among equally close words the more frequent one wins (the list is in
 * frequency order), so "salery" becomes "salary", not "celery".
 */
export function suggestWord(word: string, dictionary: SpellingDictionary): string | null {
  const limit = maxEditsFor(word);
  if (limit === 0 || dictionary.known.has(word) || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of dictionary.words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // Nothing but the word itself is closer, and that was ruled out above.
    }
  }
  return best;
}

/**
 * Whether the site knows `word`, or a form of it that Pagefind's stemming and prefix search would find:
 * the word itself, a site word it begins ("salar" while typing "salary"), or a site word of at least five
 * letters that it extends by up to three ("interviewer" from "interview").
 */
export function isKnownWord(word: string, dictionary: SpellingDictionary): boolean {
  if (dictionary.known.has(word)) return true;
  const shortest = Math.max(5, word.length - 3);
  for (const candidate of dictionary.words) {
    if (candidate.startsWith(word)) return true;
    if (candidate.length >= shortest && candidate.length < word.length && word.startsWith(candidate)) return true;
  }
  return false;
}

/** The typed words worth correcting: long enough, free of digits, and unknown to the site. */
export function unknownWords(words: readonly string[], dictionary: SpellingDictionary): Set<string> {
  return new Set(words.filter((word) => maxEditsFor(word) > 0 && !/\d/.test(word) && !isKnownWord(word, dictionary)));
}

/** A query with its unknown words corrected, and which words changed. */
export interface Correction {
  /** The whole query again, with each corrected word swapped in and everything else kept. */
  text: string;
  /** Each change, in order of the words in the query. */
  changes: { from: string; to: string }[];
}

/**
 * Corrects the words of `text` that are in `unknown`, leaving every other word as typed. Returns `null`
 * when nothing could be corrected.
 */
export function correctQuery(text: string, unknown: ReadonlySet<string>, dictionary: SpellingDictionary): Correction | null {
  const changes: { from: string; to: string }[] = [];
  const corrected = tokenise(text).map((word) => {
    if (!unknown.has(word)) return word;
    const suggestion = suggestWord(word, dictionary);
    if (suggestion === null) return word;
    if (!changes.some((change) => change.from === word)) changes.push({ from: word, to: suggestion });
    return suggestion;
  });
  return changes.length > 0 ? { text: corrected.join(' '), changes } : null;
}

/** Strips what an MDX body holds besides prose (links' addresses, tag and attribute names, code fences) before counting words. */
function proseOf(source: string): string {
  return source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<\/?[A-Za-z][\w.]*/g, ' ')
    .replace(/\b[a-zA-Z]+=(?=["{])/g, ' ');
}

/**
 * The word list the build publishes: every word of the given texts at least MIN_CORRECTABLE_LENGTH
 * letters long and used at least MIN_WORD_COUNT times (`minCount` to override), most frequent first (ties alphabetical, so the
 * file is stable from build to build), capped at `limit`.
 */
export function buildWordList(texts: readonly string[], limit: number = MAX_DICTIONARY_WORDS, minCount: number = MIN_WORD_COUNT): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of tokenise(proseOf(text))) {
      if (word.length < MIN_CORRECTABLE_LENGTH || /\d/.test(word) || word.includes("'")) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}

/** The line shown above corrected results, e.g. No page has “salery”. Showing results for “salary”. */
export function correctionNote(correction: Correction): string {
  const from = correction.changes.map((change) => `“${change.from}”`).join(', ');
  const to = correction.changes.map((change) => `“${change.to}”`).join(', ');
  return `No page has ${from}. Showing results for ${to}.`;
}
