/** Counts syllables in one English word with the usual vowel-group heuristic (good to about ±1 per word). */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Sentence, word and syllable counts of a text. */
export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

/**
 * Counts sentences, words and syllables. Sentences end at . ! ? or a line break, so callers that
 * extract text from HTML should put a newline after every block element (headings, list items, cells).
 */
export function textStats(text: string): TextStats {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : countSyllables(word)), 0);
  return { sentences: sentences.length, words: words.length, syllables };
}

/** The Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: TextStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}
