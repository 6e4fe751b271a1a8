import { describe, expect, it } from 'vitest';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { DARK_BACKGROUND } from './helpers/layout.ts';

const browser = useBrowser();

describe('theme toggle', () => {
  it('switches theme, remembers it across pages and does not flash', async () => {
    const { context } = await browser.context({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    // The header has one toggle and the small-screen menu another; at this width the header's is the visible one.
    const toggle = page.locator('[data-theme-toggle]').filter({ visible: true });
    await eventually(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await eventually(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await eventually(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await eventually(() => page.evaluate(() => localStorage.getItem('psg:theme'))).toBe('dark');
    // Every toggle on the page tells the same state, the hidden menu's included.
    expect(await page.locator('[data-theme-toggle]').evaluateAll((all) => all.map((b) => b.getAttribute('aria-pressed')))).toEqual(['true', 'true']);

    // On the next page the theme is set before first paint: check it at the earliest script we can hook.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { earlyTheme: string | undefined }).earlyTheme = document.documentElement.dataset.theme;
      });
    });
    await page.goto('/guides/');
    await eventually(() => page.evaluate(() => (window as unknown as { earlyTheme: string | undefined }).earlyTheme)).toBe('dark');
    await eventually(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BACKGROUND);
    await context.close();
  });

  it('still works when storage throws', async () => {
    const { context } = await browser.context({ colorScheme: 'light' });
    await makeStorageThrow(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.locator('[data-theme-toggle]').filter({ visible: true }).click();
    await eventually(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
