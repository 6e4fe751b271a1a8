import { launchBrowser } from '../e2e/helpers/browser.ts';
import type { StaticServer } from '../e2e/helpers/server.ts';

/** What the first search on a page cost. */
export interface FirstSearch {
  /** Bytes the server sent (status lines, headers and bodies) from opening search until results show. */
  bytes: number;
  requests: number;
  /** Results the query returned (to prove the search really ran). */
  results: number;
  /** The files it fetched, largest first. */
  files: { path: string; bytes: number }[];
}

/** What each kind of file a first search fetches is for, in the order the report lists them. */
export const FIRST_SEARCH_PARTS = {
  engine: 'Pagefind engine (pagefind.js, WebAssembly, entry file): the same at any size',
  meta: 'Pagefind page list (pf_meta): grows with the page count',
  index: 'Index chunks (pf_index): one or more per word searched',
  filters: 'Filter chunks (pf_filter)',
  fragments: 'Result text (pf_fragment): one per result shown',
  site: 'Our search dialog, styles and vocabulary',
} as const;
export type FirstSearchPart = keyof typeof FIRST_SEARCH_PARTS;

/** Which part of a first search a fetched file belongs to. */
export function firstSearchPart(file: string): FirstSearchPart {
  if (!file.startsWith('/pagefind/')) return 'site';
  if (file.endsWith('.pf_meta')) return 'meta';
  if (file.endsWith('.pf_index')) return 'index';
  if (file.endsWith('.pf_filter')) return 'filters';
  if (file.endsWith('.pf_fragment')) return 'fragments';
  return 'engine';
}

/** Bytes per part, for the report's breakdown. */
export function bytesByPart(files: readonly { path: string; bytes: number }[]): Record<FirstSearchPart, number> {
  const totals = Object.fromEntries(Object.keys(FIRST_SEARCH_PARTS).map((part) => [part, 0])) as Record<FirstSearchPart, number>;
  for (const file of files) totals[firstSearchPart(file.path.split('?')[0]!)] += file.bytes;
  return totals;
}

/**
 * Opens a guide page in Chromium, opens the search dialog from the keyboard, runs one query, and counts
 * what the server sent from the moment the dialog opened until the results settled. Counting at the server
 * includes what Pagefind's web worker fetches, which the page's own network events do not report.
 */
export async function measureFirstSearch(server: StaticServer, pagePath: string, query: string): Promise<FirstSearch> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    const before = server.sent.length;
    await page.keyboard.press('/');
    const input = page.locator('dialog[open] input').first();
    await input.waitFor();
    await input.fill(query);
    const results = page.locator('dialog[open] [data-search-result]');
    await results.first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const files = server.sent.slice(before).sort((a, b) => b.bytes - a.bytes);
    return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, results: await results.count(), files };
  } finally {
    await browser.close();
  }
}
