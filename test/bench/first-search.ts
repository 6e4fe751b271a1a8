import type { Request } from 'playwright-core';
import { launchBrowser } from '../e2e/helpers/browser.ts';

/** What the first search on a page cost. */
export interface FirstSearch {
  /** Bytes over the wire (headers and encoded bodies) from opening search until results show. */
  bytes: number;
  requests: number;
  /** Results the query returned (to prove the search really ran). */
  results: number;
}

/**
 * Opens a guide page in Chromium, opens the search dialog from the keyboard, runs one query and
 * sums everything transferred from the moment the dialog opened until the results were shown.
 */
export async function measureFirstSearch(baseURL: string, pagePath: string, query: string): Promise<FirstSearch> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ baseURL });
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.keyboard.press('/');
    const input = page.locator('dialog[open] input').first();
    await input.waitFor();
    await input.fill(query);
    const results = page.locator('dialog[open] [data-search-result]');
    await results.first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const request of requests) {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
    return { bytes, requests: requests.length, results: await results.count() };
  } finally {
    await browser.close();
  }
}
