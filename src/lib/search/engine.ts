import { hasFilters, toPagefindFilters, type SearchFilters } from './filters.ts';
import { mergeByScore, type ScoredHit } from './merge.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { correctQuery, MIN_CORRECTABLE_LENGTH, unknownWords, type Correction, type SpellingDictionary } from './spelling.ts';
import type { SearchVocabulary } from './vocabulary.ts';

/** One result as Pagefind's JS API returns it; `data()` loads the page's excerpt and metadata. */
export interface PagefindHit<D> extends ScoredHit {
  data(): Promise<D>;
}

/**
 * The slice of Pagefind's JS API the engine needs (`/pagefind/pagefind.js`), injected so the ranking logic
 * is tested with a fake and the real bundle is only fetched in the browser, on demand.
 */
export interface PagefindApi<D> {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit<D>[] } | null>;
}

/**
 * How a search was answered: `strict` when pages matched every word, `broadened` when the one-word
 * fallback was needed, `browse` for filters with no words, `idle` when there was nothing to search.
 */
export type SearchMode = 'idle' | 'strict' | 'broadened' | 'browse';

/** One page in the final ranking. */
export interface EngineHit<D> {
  id: string;
  score: number;
  data(): Promise<D>;
}

/** The answer to one search. */
export interface SearchOutcome<D> {
  query: string;
  plan: QueryPlan;
  mode: SearchMode;
  hits: EngineHit<D>[];
  /** Set when a typed word found no page and the results are for a corrected spelling instead ("salery" → "salary"). */
  correction?: Correction;
}

/** Tuning for the merge. */
export interface EngineOptions {
  /** The strict search is "thin" below this many pages, and the fallback runs. */
  thinBelow?: number;
  /** How much a strict match counts against a one-word match in the merged score. */
  strictWeight?: number;
  /**
   * The site's word list for "did you mean" (asked for by every search with a word worth checking, so it
   * should load once and cache). Without it, or if it fails to load, a misspelled word finds what Pagefind
   * finds for it, which is usually nothing.
   */
  spelling?: () => Promise<SpellingDictionary | null>;
}

/** A strict search with fewer pages than this also runs the one-word fallback. */
export const DEFAULT_THIN_BELOW = 3;
/** Pages that match every word count double, so they stay above pages that match one. */
export const DEFAULT_STRICT_WEIGHT = 2;

/** A search function over Pagefind that understands plain-language questions. */
export interface SearchEngine<D> {
  search(text: string, filters?: SearchFilters): Promise<SearchOutcome<D>>;
}

/**
 * Wraps Pagefind with the query layer. Pagefind only returns pages holding every word, so a whole
 * question finds nothing; this plans stop-word-free and vocabulary-mapped searches, and when they come
 * back empty or thin, searches each remaining word and merges the lists by score. When a typed word is not
 * one the site uses and `options.spelling` is given, the query is searched again with that word corrected.
 */
export function createSearchEngine<D>(api: PagefindApi<D>, vocabulary: SearchVocabulary, options: EngineOptions = {}): SearchEngine<D> {
  const thinBelow = options.thinBelow ?? DEFAULT_THIN_BELOW;
  const strictWeight = options.strictWeight ?? DEFAULT_STRICT_WEIGHT;

  async function run(term: string | null, filters: Record<string, string>): Promise<PagefindHit<D>[]> {
    const response = await api.search(term, { filters });
    return response?.results ?? [];
  }

  /** One search as typed. */
  async function searchOnce(text: string, filters: SearchFilters): Promise<SearchOutcome<D>> {
    const plan = planQuery(text, vocabulary);
    const pagefindFilters = toPagefindFilters(filters);
    if (plan.strict.length === 0) {
      if (!hasFilters(filters)) return { query: text, plan, mode: 'idle', hits: [] };
      const hits = await run(null, pagefindFilters);
      return { query: text, plan, mode: 'browse', hits: hits.map((hit) => ({ id: hit.id, score: hit.score, data: () => hit.data() })) };
    }

    const strict = await Promise.all(plan.strict.map((term) => run(term, pagefindFilters)));
    const strictIds = new Set(strict.flat().map((hit) => hit.id));
    const broaden = strictIds.size < thinBelow && plan.loose.length > 0;
    const loose = broaden ? await Promise.all(plan.loose.map((term) => run(term, pagefindFilters))) : [];
    const merged = mergeByScore([...strict.map((hits) => ({ hits, weight: strictWeight })), ...loose.map((hits) => ({ hits, weight: 1 }))]);
    const mode: SearchMode = broaden && merged.length > strictIds.size ? 'broadened' : 'strict';
    return { query: text, plan, mode, hits: merged.map(({ id, score, best }) => ({ id, score, data: () => best.data() })) };
  }

  /** The typed words (not those the vocabulary replaced, like "money" → "salary") that the site never uses. */
  async function unknownIn(plan: QueryPlan): Promise<{ unknown: Set<string>; dictionary: SpellingDictionary | null }> {
    const typed = plan.original.filter((word) => plan.mapped.includes(word));
    if (!options.spelling || !typed.some((word) => word.length >= MIN_CORRECTABLE_LENGTH)) return { unknown: new Set(), dictionary: null };
    const dictionary = await options.spelling().catch(() => null);
    return { unknown: dictionary ? unknownWords(typed, dictionary) : new Set(), dictionary };
  }

  return {
    async search(text, filters = {}) {
      const [outcome, { unknown, dictionary }] = await Promise.all([searchOnce(text, filters), unknownIn(planQuery(text, vocabulary))]);
      const correction = dictionary && unknown.size > 0 ? correctQuery(text, unknown, dictionary) : null;
      if (!correction) return outcome;
      const retry = await searchOnce(correction.text, filters);
      // Only offer the corrected search when it finds something.
      if (retry.hits.length === 0) return outcome;
      return { ...retry, query: text, correction };
    },
  };
}
