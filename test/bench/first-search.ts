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
