import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, isolatedContext } from './helpers/browser.ts';
import { sitemapPaths } from './helpers/site.ts';

const pages = sitemapPaths();
const baseURL = inject('baseURL');
let browser: Browser;
let noJs: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context: noJs } = await isolatedContext(browser, baseURL, { javaScriptEnabled: false }));
});

afterAll(async () => {
  await browser?.close();
});

describe.concurrent('with JavaScript off', () => {
  it.each(pages)('%s has readable text in <main>', async (path) => {
    const page = await noJs.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
    expect(text.length, `main text: "${text.slice(0, 120)}"`).toBeGreaterThan(150);
    expect(await page.locator('main h1').count()).toBe(1);
    await page.close();
  });
});
