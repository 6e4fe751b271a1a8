/**
 * Loads what search needs, once, on first use: Pagefind's JS API from the built index, and the vocabulary
 * published at /search/data.json. Nothing here runs until the dialog first opens or the search page loads.
 */
import { createSearchEngine, type PagefindApi, type SearchEngine } from '../../lib/search/engine.ts';
import type { PagefindResultData } from '../../lib/search/results.ts';
import { EMPTY_SEARCH_DATA, parseSearchData, type SearchData } from '../../lib/search/search-data.ts';
import { createDictionary, type SpellingDictionary } from '../../lib/search/spelling.ts';
import { compileVocabulary } from '../../lib/search/vocabulary.ts';
import { withBase } from '../../lib/url.ts';

/** Pagefind's module, as far as we use it. */
interface PagefindModule extends PagefindApi<PagefindResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Search ready to use, or why it isn't: `dev` (no index outside a build) or `error` (the index failed to load). */
export type SearchRuntime = { ok: true; engine: SearchEngine<PagefindResultData>; data: SearchData } | { ok: false; reason: 'dev' | 'error' };

/** Words in an excerpt: about two lines in the dialog. */
const EXCERPT_WORDS = 24;

/**
 * Pagefind's BM25 ranking, tuned for this site. Its default length normalization (0.75) favors short
 * pages so strongly that a 300-word question outranks the 1,500-word guide on the same topic for the
 * topic's own name ("salary"); 0.25 keeps short, focused pages competitive without burying the guides.
 * Pagefind also counts words that merely start with a search word, so "call them back" found pages full
 * of "background" and "backup"; a term similarity of 2 (default 1) makes such prefix matches count for less.
 * Checked against the relevance table in test/e2e/search-relevance.test.ts.
 */
const RANKING = { pageLength: 0.25, termSimilarity: 2 };

let loading: Promise<SearchRuntime> | undefined;

async function fetchSearchData(): Promise<SearchData> {
  try {
    const response = await fetch(withBase('/search/data.json'));
    return response.ok ? parseSearchData(await response.json()) : EMPTY_SEARCH_DATA;
  } catch {
    // Without the vocabulary, search still works on the words as typed.
    return EMPTY_SEARCH_DATA;
  }
}

let dictionary: Promise<SpellingDictionary | null> | undefined;

/** The site's word list for "did you mean", fetched once, when search first loads (and again after a failure). */
function loadDictionary(): Promise<SpellingDictionary | null> {
  dictionary ??= fetch(withBase('/search/words.json'))
    .then(async (response) => (response.ok ? createDictionary(await response.json()) : null))
    .catch(() => null)
    .then((loaded) => {
      if (!loaded) dictionary = undefined; // Try again on a later search (say the connection came back).
      return loaded;
    });
  return dictionary;
}

async function load(worker: boolean): Promise<SearchRuntime> {
  // `astro dev` has no index: say so instead of requesting files that are not there.
  if (import.meta.env.DEV) return { ok: false, reason: 'dev' };
  try {
    const bundle = withBase('/pagefind/pagefind.js');
    // Vite must not bundle this: it only exists after the build has run Pagefind.
    const [pagefind, data] = await Promise.all([import(/* @vite-ignore */ bundle) as Promise<PagefindModule>, fetchSearchData()]);
    // Without a worker the dialog's first search skips a 12 KB download, and this index is small enough to search
    // on the main thread. The search page runs a search while it loads, so it keeps that work off the main thread.
    await pagefind.options({ excerptLength: EXCERPT_WORDS, ranking: RANKING, noWorker: !worker });
    void loadDictionary(); // Starts alongside Pagefind, so it is ready by the first misspelled word.
    await pagefind.init();
    return { ok: true, engine: createSearchEngine(pagefind, compileVocabulary([data.vocabulary]), { spelling: loadDictionary }), data };
  } catch {
    loading = undefined; // Let the next open try again (say the connection came back).
    return { ok: false, reason: 'error' };
  }
}

/** Starts loading search (once; the first caller decides whether Pagefind uses a web worker) and resolves when ready or failed. */
export function loadSearchRuntime(options: { worker?: boolean } = {}): Promise<SearchRuntime> {
  loading ??= load(options.worker ?? false);
  return loading;
}
