import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { runAxe, WCAG_TAGS } from './helpers/axe.ts';
import { sitemapPaths } from './helpers/site.ts';
import { pageKind, pageType } from './helpers/budgets.ts';

/** Every page in the sitemap, plus the 404 page. */
const pages = [...sitemapPaths(), '/404.html'];
/**
 * One page of each type gets the axe target-size audit at phone widths (axe is slow to inject, and pages of a type share
 * their components); the site-wide test already runs every WCAG 2.2 AA rule, target size included, on every page.
 */
const auditedForTargets = new Set([...new Map(pages.map((p) => [pageType(p) === 'other' ? p : pageType(p), p])).values()]);
/** The phone header's ceiling (issue 17): one row, so the page starts on the first screen. */
const MAX_HEADER_PX = 64;
/** Phone widths, each in one theme, so both themes are covered without doubling the run. */
const PHONES = [
  { width: 320, theme: 'dark' },
  { width: 390, theme: 'light' },
] as const;

const browser = useBrowser();
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  for (const { width, theme } of PHONES) {
    const { context } = await browser.context({ viewport: { width, height: 800 }, colorScheme: theme });
    contexts.set(width, context);
  }
});

/** What overflows the viewport sideways: the document, and every visible element not inside a scroll box that itself fits. */
function findOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const tolerance = 1;
    const fits = (r: DOMRect) => r.left >= -tolerance && r.right <= viewport + tolerance;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} (${Math.round(el.getBoundingClientRect().left)}→${Math.round(el.getBoundingClientRect().right)})`;
    /** True when an ancestor scrolls or clips sideways and itself fits: what is inside may be wider, by design. */
    const insideFittingScroller = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX !== 'visible' && overflowX !== 'clip') return fits(node.getBoundingClientRect());
        if (overflowX === 'clip') return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Not rendered: inside a closed <details>, display: none, or hidden.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      if (!fits(rect) && !insideFittingScroller(el)) wide.push(describe(el));
    }
    const header = document.querySelector('.site-header');
    return {
      viewport,
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.slice(0, 10),
      headerHeight: header ? header.getBoundingClientRect().height : Number.NaN,
    };
  });
}

describe('the WCAG 2.2 target-size rule', () => {
  it('is among the rules every axe run checks', async () => {
    const page = await contexts.get(390)!.newPage();
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

for (const { width, theme } of PHONES) {
  describe.concurrent(`at ${width} px (${theme})`, () => {
    it.each(pages)(
      '%s fits the screen, keeps a one-row header and big enough targets',
      async (path) => {
        const page = await contexts.get(width)!.newPage();
        await page.goto(path, { waitUntil: 'load' });
        if (pageKind(path) === 'island') {
          // Tools hydrate after paint or when seen, and their rendered forms can change widths: measure them rendered.
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        const result = await findOverflow(page);
        expect(result.scrollWidth, 'document wider than the screen (horizontal scroll)').toBeLessThanOrEqual(result.viewport);
        expect(result.wide, 'elements wider than the screen').toEqual([]);
        expect(result.headerHeight, 'header height').toBeLessThanOrEqual(MAX_HEADER_PX);
        if (auditedForTargets.has(path)) expect(await runAxe(page, { rules: ['target-size'] }), 'tap targets (WCAG 2.2 target size)').toEqual([]);
        await page.close();
        // Injecting axe is slow on a busy two-core machine; the audited pages get the time it takes.
      },
      120_000,
    );
  });
}

describe('the header menu', () => {
  it('opens and closes without JavaScript, and its links are all there', async () => {
    const { context } = await browser.context({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/guides/');
    const menuLinks = page.locator('.menu-panel nav a');
    await eventually(() => menuLinks.first().isVisible()).toBe(false);
    await page.locator('.menu summary').click();
    expect(await menuLinks.count()).toBe(6);
    await eventually(() => menuLinks.first().isVisible()).toBe(true);
    expect(await page.locator('.menu-panel nav a[aria-current="page"]').textContent()).toBe('Guides');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(MAX_HEADER_PX);
    await context.close();
  });
});
