import { tokenise } from './tokenise.ts';
import type { SearchVocabulary } from './vocabulary.ts';

/** How one typed query is turned into Pagefind searches. */
export interface QueryPlan {
  /** The meaningful words as typed (stop words dropped), in order, each once. */
  original: string[];
  /** The same words with everyday ones swapped for the site's vocabulary ("money" → "salary"). */
  mapped: string[];
  /** Searches to run first; Pagefind only returns pages that contain every word of each. */
  strict: string[];
  /** One-word searches for the fallback, when the strict searches find little or nothing. */
  loose: string[];
  /** Words to mark on the page a result opens, typed and mapped alike. */
  highlight: string[];
}

/** Most one-word searches the fallback runs: enough for a long question, few enough to stay fast. */
export const MAX_LOOSE_TERMS = 8;

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

/**
 * Plans the searches for what someone typed. Synonym phrases are matched first, longest first, so that
 * "call back" wins over "call"; then stop words are dropped. If every word was a stop word ("how do I"),
 * the words are kept as typed rather than searching for nothing.
 */
export function planQuery(text: string, vocabulary: SearchVocabulary): QueryPlan {
  const tokens = tokenise(text);
  const original: string[] = [];
  const mapped: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(vocabulary.longestPhrase, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n);
      const replacement = vocabulary.synonyms.get(phrase.join(' '));
      if (!replacement) continue;
      original.push(...phrase.filter((word) => !vocabulary.stopWords.has(word)));
      mapped.push(...replacement);
      matched = n;
      break;
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    const word = tokens[i]!;
    if (!vocabulary.stopWords.has(word)) {
      original.push(word);
      mapped.push(word);
    }
    i += 1;
  }

  const keptOriginal = unique(original.length > 0 || mapped.length > 0 ? original : tokens);
  const keptMapped = unique(mapped.length > 0 ? mapped : keptOriginal);
  const strict = unique([keptMapped.join(' '), keptOriginal.join(' ')].filter((query) => query.length > 0));
  const loose = unique([...keptMapped, ...keptOriginal])
    .filter((word) => !strict.includes(word))
    .slice(0, MAX_LOOSE_TERMS);
  return {
    original: keptOriginal,
    mapped: keptMapped,
    strict,
    loose,
    highlight: unique([...keptOriginal, ...keptMapped]).filter((word) => word.length > 1),
  };
}
