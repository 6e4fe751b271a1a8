import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { baseURL, tabPool, useBrowser, type TabPool } from './helpers/fixture.ts';
import { runAxe } from './helpers/axe.ts';
import { isBuiltPath, sitemapPaths } from './helpers/site.ts';
import { pageType } from './helpers/budgets.ts';
import { DARK_BACKGROUND, findOverflow, MAX_HEADER_PX, NARROW_SCREENS } from './helpers/layout.ts';

/**
 * Every page in the sitemap, plus the 404 page (which the sitemap rightly leaves out), checked the way readers meet
 * it: on a desktop in the light theme (every WCAG 2.2 AA rule), in the dark theme (contrast), at phone and tablet widths
 * (nothing sideways, a one-row header, big enough targets) and with JavaScript off. One load per page serves all
 * four views: the theme and the width change in place, as they do when a reader switches theme or turns a phone.
 */
const pages = [...sitemapPaths(), '/404.html'];
const DESKTOP = { width: 1280, height: 800 };
const NARROWEST = Math.min(...NARROW_SCREENS.map(({ width }) => width));
/**
 * One page of each type is checked at every narrow width, with the axe target-size audit (pages of a type share their
 * components); the desktop pass runs every WCAG 2.2 AA rule, target size included, on every page.
 */
const auditedForTargets = new Set([...new Map(pages.map((p) => [pageType(p) === 'other' ? p : pageType(p), p])).values()]);

const browser = useBrowser();
let foreignRequests: string[];
let tabs: TabPool;
let noJsTabs: TabPool;
/** Internal links seen on each page, checked once every page has been visited. */
const linksByPage = new Map<string, string[]>();
/** Element ids on each visited page, for #fragment links. */
const idsByPage = new Map<string, Set<string>>();

beforeAll(async () => {
  let context: BrowserContext;
  ({ context, foreignRequests } = await browser.context({ viewport: DESKTOP, colorScheme: 'light' }));
  const { context: noJs } = await browser.context({ javaScriptEnabled: false });
  tabs = tabPool(() => context);
  noJsTabs = tabPool(() => noJs);
});

/** The CSP meta tag and the head a search engine and a share card read. */
async function checkHead(page: Page): Promise<void> {
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp, 'CSP meta tag').toBeTruthy();
  const scriptSrc =
    csp!
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(csp).toContain("default-src 'self'");

  expect(await page.locator('a.skip-link[href="#main"]').count(), 'skip link').toBe(1);
  expect(await page.locator('main#main').count(), 'main landmark').toBe(1);
  expect((await page.title()).length, 'title').toBeGreaterThan(5);
  expect(await page.locator('meta[name="description"]').getAttribute('content'), 'description').toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href'), 'canonical').toMatch(/^https:\/\//);
  expect(await page.locator('meta[property="og:title"]').count(), 'og:title').toBe(1);
}

/**
 * At each phone and tablet width, in its theme: nothing wider than the screen, a one-row header, and tap targets.
 * Every page is measured at the narrowest width, where long words and tables overflow first; one page of each type
 * (pages of a type share their components) at the others too.
 */
async function checkPhones(page: Page, path: string): Promise<void> {
  const screens = auditedForTargets.has(path) ? NARROW_SCREENS : NARROW_SCREENS.filter(({ width }) => width === NARROWEST);
  for (const { width, theme } of screens) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    const result = await findOverflow(page);
    expect(result.scrollWidth, `${width} px: document wider than the screen (horizontal scroll)`).toBeLessThanOrEqual(result.viewport);
    expect(result.wide, `${width} px: elements wider than the screen`).toEqual([]);
    expect(result.headerHeight, `${width} px: header height`).toBeLessThanOrEqual(MAX_HEADER_PX);
    if (auditedForTargets.has(path)) expect(await runAxe(page, { rules: ['target-size'] }), `${width} px: tap targets (WCAG 2.2 target size)`).toEqual([]);
  }
}

describe('the sitemap', () => {
  it('lists the core pages', () => {
    for (const path of ['/', '/guides/', '/questions/', '/checklist/', '/salary/', '/practice/', '/prep/', '/search/', '/sources/', '/privacy/']) {
      expect(pages).toContain(path);
    }
  });
});

// Pages are independent, so several load at once, each in a tab of its own; the link check below runs after all of them.
describe.concurrent('every page', () => {
  it.each(pages)(
    '%s loads cleanly with a strict CSP, passes axe in both themes, fits phone and tablet screens and reads without JavaScript',
    async (path) => {
      await tabs.use(async (page, problems) => {
        await page.setViewportSize(DESKTOP);
        await page.emulateMedia({ colorScheme: 'light' });
        const before = foreignRequests.length;
        const response = await page.goto(path, { waitUntil: 'load' });
        expect(response?.status(), 'HTTP status').toBe(200);
        // Audit the finished page: the after-load code (copy buttons, section marker, offline line) has run.
        await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
        // On a page with a tool, scroll through so islands that hydrate when visible do so, then let the network settle.
        if (await page.evaluate(() => document.querySelector('[data-island]') !== null)) {
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        await checkHead(page);

        const light = await runAxe(page);
        expect(light, `light theme: ${JSON.stringify(light, null, 2)}`).toEqual([]);
        // Only colours change between themes, so the dark pass checks contrast.
        await page.emulateMedia({ colorScheme: 'dark' });
        // Buttons fade to their new colours: measure once the body is dark and every transition has finished.
        await page.waitForFunction(
          (background) => getComputedStyle(document.body).backgroundColor === background && document.getAnimations().every((a) => a.playState !== 'running'),
          DARK_BACKGROUND,
          { polling: 50 },
        );
        const dark = await runAxe(page, { rules: ['color-contrast', 'link-in-text-block'] });
        expect(dark, `dark theme: ${JSON.stringify(dark, null, 2)}`).toEqual([]);

        const { links, ids } = await page.evaluate(() => ({
          links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
          ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
        }));
        linksByPage.set(path, links);
        idsByPage.set(path, new Set(ids));

        await checkPhones(page, path);
        expect(problems.pageErrors, 'uncaught errors').toEqual([]);
        expect(problems.consoleErrors, 'console errors').toEqual([]);
        expect(problems.failedRequests, 'failed requests').toEqual([]);
        expect(foreignRequests.slice(before), 'requests to other hosts').toEqual([]);
      });

      await noJsTabs.use(async (page) => {
        const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), 'HTTP status without JavaScript').toBe(200);
        const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
        expect(text.length, `main text without JavaScript: "${text.slice(0, 120)}"`).toBeGreaterThan(150);
        expect(await page.locator('main h1').count(), 'one h1 without JavaScript').toBe(1);
      });
    },
    // A tool page hydrates and runs axe four times; on a busy two-core machine that can take a while.
    120_000,
  );
});

describe('links seen in the browser', () => {
  it('links only to pages and fragments that exist', () => {
    expect(linksByPage.size).toBe(pages.length);
    const origin = new URL(baseURL).origin;
    const broken: string[] = [];
    for (const [from, links] of linksByPage) {
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== origin) continue;
        if (!isBuiltPath(url.pathname)) {
          broken.push(`${from} → ${url.pathname}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        const targetIds = idsByPage.get(url.pathname);
        if (fragment && targetIds && !targetIds.has(fragment)) broken.push(`${from} → ${url.pathname}#${fragment}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the 404 page', () => {
  it('answers a missing address with status 404, a helpful page and no errors', async () => {
    await tabs.use(async (page, problems) => {
      const response = await page.goto('/no-such-page/', { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/couldn’t find/i);
      expect(await page.locator('main a[href="/search/"]').count()).toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
      // The document's own 404 is the one error we expect; nothing else may fail.
      const ownStatus = (line: string) => /status of 404/.test(line) || line.includes('/no-such-page/');
      expect(problems.consoleErrors.filter((line) => !ownStatus(line))).toEqual([]);
      expect(problems.failedRequests.filter((line) => !ownStatus(line))).toEqual([]);
    });
  });
});
