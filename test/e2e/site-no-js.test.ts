import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from './helpers/fixture.ts';
import { sitemapPaths } from './helpers/site.ts';

const pages = sitemapPaths();
const browser = useBrowser();
let noJs: BrowserContext;

beforeAll(async () => {
  ({ context: noJs } = await browser.context({ javaScriptEnabled: false }));
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
