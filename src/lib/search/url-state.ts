import { FILTER_KEYS, parseFilters, type SearchFilters } from './filters.ts';

/** What a search page shows: the text typed and the filters picked. Lives in `?q=&type=&purpose=&stage=`. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
}

/** The URL parameter Pagefind's highlight script reads on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longest query kept from a URL: enough for any question, short enough that a pasted essay can't stall search. */
export const MAX_QUERY_LENGTH = 200;

/** Reads a search from a URL's query string; unknown filter values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return { query, filters: parseFilters((key) => params.get(key)) };
}

/** Writes a search as a query string (without "?"), leaving out anything empty, in a stable order. */
export function searchStateToQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** A link to the search page that reruns this search, e.g. `/search/?q=salary&type=Guide`. */
export function searchPageHref(searchPage: string, state: SearchState): string {
  const query = searchStateToQueryString(state);
  return query ? `${searchPage}?${query}` : searchPage;
}

/**
 * Adds the words to highlight to a result's link, keeping its path and #fragment, so the page it opens
 * can mark them. Works on site-relative links, which is what Pagefind returns.
 */
export function withHighlight(href: string, words: readonly string[], param: string = HIGHLIGHT_PARAM): string {
  if (words.length === 0) return href;
  const url = new URL(href, 'https://site.invalid');
  url.searchParams.delete(param);
  for (const word of words) url.searchParams.append(param, word);
  const local = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === 'https://site.invalid' ? local : url.href;
}
