import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, isolatedContext } from './helpers/browser.ts';
import { runAxe } from './helpers/axe.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { sitemapPaths } from './helpers/site.ts';

const pages = sitemapPaths();
const baseURL = inject('baseURL');
let browser: Browser;
let dark: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context: dark } = await isolatedContext(browser, baseURL, { colorScheme: 'dark' }));
});

afterAll(async () => {
  await browser?.close();
});

describe.concurrent('in the dark theme', () => {
  // Only colours change between themes (the light pass in site-wide runs every rule), so this pass checks contrast.
  it.each(pages)('%s keeps AA colour contrast', async (path) => {
    const page = await dark.newPage();
    await page.goto(path, { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 21, 23)');
    const violations = await runAxe(page, { rules: ['color-contrast', 'link-in-text-block'] });
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe('theme toggle', () => {
  it('switches theme, remembers it across pages and does not flash', async () => {
    const { context } = await isolatedContext(browser, baseURL, { colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => localStorage.getItem('psg:theme'))).toBe('dark');

    // On the next page the theme is set before first paint: check it at the earliest script we can hook.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { earlyTheme: string | undefined }).earlyTheme = document.documentElement.dataset.theme;
      });
    });
    await page.goto('/guides/');
    expect(await page.evaluate(() => (window as unknown as { earlyTheme: string | undefined }).earlyTheme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 21, 23)');
    await context.close();
  });

  it('still works when storage throws', async () => {
    const { context } = await isolatedContext(browser, baseURL, { colorScheme: 'light' });
    await makeStorageThrow(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
