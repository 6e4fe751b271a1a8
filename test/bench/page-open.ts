/**
 * The JavaScript a tool page runs at page open without the reader doing anything: every script response and
 * inline script but the after-load chunk, gzip, until the island has hydrated and the network is idle. The same count as the budget test
 * in test/e2e/salary.test.ts (countJavaScript), measured here for the report.
 */
import { isolatedContext, launchBrowser } from '../e2e/helpers/browser.ts';
import { countJavaScript } from '../e2e/helpers/script-bytes.ts';
import type { StaticServer } from '../e2e/helpers/server.ts';

/** Page-open JavaScript of one page. */
export interface PageOpenJs {
  page: string;
  /** Gzip bytes of every script that ran. */
  jsGzip: number;
  /** The script files loaded (inline scripts are counted but have no file). */
  jsFiles: string[];
}

/** Opens `page` in a fresh browser and counts its JavaScript once `hydrated` (a selector) is in the page. */
export async function measurePageOpenJs(server: StaticServer, page: string, hydrated: string): Promise<PageOpenJs> {
  const browser = await launchBrowser();
  try {
    const { context } = await isolatedContext(browser, server.url);
    const tab = await context.newPage();
    const js = countJavaScript(tab);
    await tab.goto(page, { waitUntil: 'networkidle' });
    await tab.locator(hydrated).waitFor({ state: 'attached', timeout: 120_000 });
    const jsGzip = await js.total();
    const jsFiles = [...js.urls];
    await context.close();
    return { page, jsGzip, jsFiles };
  } finally {
    await browser.close();
  }
}
