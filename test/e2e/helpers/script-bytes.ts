import type { Page } from 'playwright-core';
import { gzipSize } from './page-weight.ts';

/**
 * The site-wide after-load chunks (src/components/after-load.ts: search highlights, reading extras; and the offline
 * support it fetches 3 s after load, when the browser is idle): the same on every page, asked for after the load event, so they are
 * no page's first-render cost.
 */
export function isAfterLoadCode(path: string): boolean {
  return path.includes('/after-load.') || path.includes('/_astro/offline.');
}

/**
 * Gzip bytes of the JavaScript a page has run so far: every script response plus every inline script,
 * as the bench counts them, less any path `skip` names
 * (by default the after-load chunk, which is not first render). Call it before navigating, and `total` once the page settles.
 */
export function countJavaScript(page: Page, skip: (path: string) => boolean = isAfterLoadCode): { total: () => Promise<number>; urls: string[] } {
  const bodies: Promise<Buffer>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || skip(new URL(response.url()).pathname)) return;
    urls.push(new URL(response.url()).pathname);
    const body = response.body();
    // A script that arrives after the test has read the total may fail once its page closes: nobody awaits it then.
    body.catch(() => {});
    bodies.push(body);
  });
  return {
    urls,
    total: async () => {
      const external = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSize(body), 0);
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
      return external + inline.reduce((sum, source) => sum + gzipSize(source), 0);
    },
  };
}
