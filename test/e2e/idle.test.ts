import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isolatedContext, launchBrowser } from './helpers/browser.ts';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** One page of each content type, including a guide with a checklist embed further down. */
const CONTENT_PAGES = ['/', '/guides/', '/guides/set-up-for-the-call/', '/questions/', '/questions/salary/', '/questions/salary/what-salary-are-you-looking-for/'];

describe('content pages fetch nothing at idle', () => {
  it.each(CONTENT_PAGES)('%s makes no request after it has loaded, until the reader does something', async (path) => {
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
    expect(afterLoad).toEqual([]);
    await context.close();
  });
});
