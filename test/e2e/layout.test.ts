import { describe, expect, it } from 'vitest';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { runAxe, WCAG_TAGS } from './helpers/axe.ts';
import { MAX_HEADER_PX } from './helpers/layout.ts';

/** What the page-by-page sweep (every-page.test.ts) does not cover: the axe rule it relies on, and the menu's behaviour. */

const browser = useBrowser();

describe('the WCAG 2.2 target-size rule', () => {
  it('is among the rules every axe run checks', async () => {
    const { page } = await browser.page({ viewport: { width: 390, height: 800 } });
    await page.goto('/', { waitUntil: 'load' });
    const violations = await runAxe(page);
    const rules = await page.evaluate(
      (tags) => (window as unknown as { axe: { getRules: (t: string[]) => { ruleId: string }[] } }).axe.getRules(tags).map((r) => r.ruleId),
      WCAG_TAGS,
    );
    expect(rules).toContain('target-size');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the header menu', () => {
  it('opens and closes without JavaScript, and its links are all there', async () => {
    const { context } = await browser.context({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/guides/');
    const menuLinks = page.locator('.menu-panel nav a');
    await eventually(() => menuLinks.first().isVisible()).toBe(false);
    await page.locator('.menu summary').click();
    const labels = (await menuLinks.allTextContents()).map((text) => text.trim());
    expect(labels).toEqual(['Guides', 'Questions', 'Checklist', 'Salary', 'Practice', 'Prep sheet', 'Stories', 'Messages']);
    // The same links as the wide screen's row, in the same order.
    expect((await page.locator('.nav-row a').allTextContents()).map((text) => text.trim())).toEqual(labels);
    await eventually(() => menuLinks.first().isVisible()).toBe(true);
    expect(await page.locator('.menu-panel nav a[aria-current="page"]').textContent()).toBe('Guides');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(MAX_HEADER_PX);
    await context.close();
  });
});
