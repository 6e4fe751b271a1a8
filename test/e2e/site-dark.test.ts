import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { runAxe } from './helpers/axe.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { sitemapPaths } from './helpers/site.ts';

const pages = sitemapPaths();
const browser = useBrowser();
let dark: BrowserContext;

beforeAll(async () => {
  ({ context: dark } = await browser.context({ colorScheme: 'dark' }));
});

describe.concurrent('in the dark theme', () => {
  // Only colours change between themes (the light pass in site-wide runs every rule), so this pass checks contrast.
  it.each(pages)('%s keeps AA colour contrast', async (path) => {
    const page = await dark.newPage();
    await page.goto(path, { waitUntil: 'load' });
    await eventually(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 21, 23)');
    const violations = await runAxe(page, { rules: ['color-contrast', 'link-in-text-block'] });
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });
});

describe('theme toggle', () => {
  it('switches theme, remembers it across pages and does not flash', async () => {
    const { context } = await browser.context({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    const toggle = page.locator('[data-theme-toggle]');
    await eventually(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await eventually(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await eventually(() => page.evaluate(() => localStorage.getItem('psg:theme'))).toBe('dark');

    // On the next page the theme is set before first paint: check it at the earliest script we can hook.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { earlyTheme: string | undefined }).earlyTheme = document.documentElement.dataset.theme;
      });
    });
    await page.goto('/guides/');
    await eventually(() => page.evaluate(() => (window as unknown as { earlyTheme: string | undefined }).earlyTheme)).toBe('dark');
    await eventually(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 21, 23)');
    await context.close();
  });

  it('still works when storage throws', async () => {
    const { context } = await browser.context({ colorScheme: 'light' });
    await makeStorageThrow(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.locator('[data-theme-toggle]').click();
    await eventually(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
