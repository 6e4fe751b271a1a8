import { tokenise } from './tokenise.ts';

/** The vocabulary as written in content/search/*.yaml (see SearchVocabularySchema). */
export interface VocabularySource {
  stopWords: readonly string[];
  synonyms: Readonly<Record<string, string>>;
}

/** A vocabulary ready for matching: keys and values already tokenised the way queries are. */
export interface SearchVocabulary {
  /** Words that carry no meaning in a query. */
  stopWords: ReadonlySet<string>;
  /** Everyday phrase (words joined by one space) → the site's words for it. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** The longest synonym key, in words, so matching knows how far to look ahead. */
  longestPhrase: number;
}

/** A vocabulary with no stop words and no synonyms: the query goes to Pagefind as typed. */
export const EMPTY_VOCABULARY: SearchVocabulary = { stopWords: new Set(), synonyms: new Map(), longestPhrase: 1 };

/**
 * Merges one or more vocabulary files into one matcher. Later files win on a repeated key, so a
 * small override file can sit next to the main one. Keys and values are tokenised like queries,
 * which is what makes "Thank-you" in the file match "thank you" typed by a reader.
 */
export function compileVocabulary(sources: readonly VocabularySource[]): SearchVocabulary {
  const stopWords = new Set<string>();
  const synonyms = new Map<string, string[]>();
  let longestPhrase = 1;
  for (const source of sources) {
    for (const word of source.stopWords) for (const token of tokenise(word)) stopWords.add(token);
    for (const [from, to] of Object.entries(source.synonyms)) {
      const key = tokenise(from);
      const value = tokenise(to);
      if (key.length === 0 || value.length === 0) continue;
      synonyms.set(key.join(' '), value);
      longestPhrase = Math.max(longestPhrase, key.length);
    }
  }
  return { stopWords, synonyms, longestPhrase };
}

/** The plain-data form of a vocabulary that the build serialises for the browser. */
export function serialiseVocabulary(vocabulary: SearchVocabulary): VocabularySource {
  return {
    stopWords: [...vocabulary.stopWords].sort(),
    synonyms: Object.fromEntries([...vocabulary.synonyms].map(([key, value]) => [key, value.join(' ')])),
  };
}
