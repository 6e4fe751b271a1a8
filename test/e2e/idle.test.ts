import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isolatedContext, launchBrowser } from './helpers/browser.ts';
import { moduleGraph, ready } from './helpers/page-weight.ts';
import { DIST } from './helpers/site.ts';

const baseURL = inject('baseURL');
let browser: Browser;

/** The after-load code (reading extras and offline support), the one thing a content page loads after its load event. */
let afterLoadCode: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  await ready;
  const chunk = readdirSync(path.join(DIST, '_astro')).find((file) => file.startsWith('after-load.'));
  if (!chunk) throw new Error('dist/_astro has no after-load chunk');
  afterLoadCode = moduleGraph(DIST, `/_astro/${chunk}`);
});

afterAll(async () => {
  await browser?.close();
});

/** One page of each content type, including a guide with a checklist embed further down. */
const CONTENT_PAGES = ['/', '/guides/', '/guides/set-up-for-the-call/', '/questions/', '/questions/salary/', '/questions/salary/what-salary-are-you-looking-for/'];

describe('content pages fetch nothing at idle but the after-load code', () => {
  it.each(CONTENT_PAGES)('%s makes no request after it has loaded but the after-load code, until the reader does something', async (path) => {
    const { context } = await isolatedContext(browser, baseURL, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const afterLoad: string[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      if (loaded) afterLoad.push(new URL(request.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'load' });
    // Idle for two seconds: no prefetching, no search index, no island code for embeds out of view.
    await page.waitForTimeout(2000);
    // The after-load chunk and its imports (src/components/after-load.ts) load after the load event; the service
    // worker's own downloads are not the page's requests. Nothing else may load: no prefetching, search or island code.
    expect(afterLoad.filter((url) => !afterLoadCode.includes(url))).toEqual([]);
    expect(afterLoad.filter((url) => url.includes('/after-load.')).length).toBeLessThanOrEqual(1);
    await context.close();
  });
});
