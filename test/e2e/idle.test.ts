import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isolatedContext, launchBrowser } from './helpers/browser.ts';
import { moduleGraph, ready } from './helpers/page-weight.ts';
import { DIST } from './helpers/site.ts';

const baseURL = inject('baseURL');
let browser: Browser;

/** The offline-support code, the one thing a content page loads after its load event (issue: works offline). */
let offlineCode: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  await ready;
  const client = readdirSync(path.join(DIST, '_astro')).find((file) => file.startsWith('offline-client.'));
  if (!client) throw new Error('dist/_astro has no offline-client chunk');
  offlineCode = moduleGraph(DIST, `/_astro/${client}`);
});

afterAll(async () => {
  await browser?.close();
});

/** One page of each content type, including a guide with a checklist embed further down. */
const CONTENT_PAGES = ['/', '/guides/', '/guides/set-up-for-the-call/', '/questions/', '/questions/salary/', '/questions/salary/what-salary-are-you-looking-for/'];

describe('content pages fetch nothing at idle but the offline support', () => {
  it.each(CONTENT_PAGES)('%s makes no request after it has loaded but the offline code, until the reader does something', async (path) => {
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
    // The offline code (its chunk and imports) loads after the load event; the service worker's own downloads
    // are not the page's requests. Nothing else may load: no prefetching, search index or island code.
    expect(afterLoad.filter((url) => !offlineCode.includes(url))).toEqual([]);
    expect(afterLoad.filter((url) => url.includes('offline-client')).length).toBeLessThanOrEqual(1);
    await context.close();
  });
});
