import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { baseURL, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { isBuiltPath, sitemapPaths } from './helpers/site.ts';

/** Every page in the sitemap, plus the 404 page (which the sitemap rightly leaves out). */
const pages = sitemapPaths();

const browser = useBrowser();
let context: BrowserContext;
let foreignRequests: string[];
/** Internal links seen on each page, checked once every page has been visited. */
const linksByPage = new Map<string, string[]>();
/** Element ids on each visited page, for #fragment links. */
const idsByPage = new Map<string, Set<string>>();

beforeAll(async () => {
  ({ context, foreignRequests } = await browser.context());
});

describe('the sitemap', () => {
  it('lists the core pages', () => {
    for (const path of ['/', '/guides/', '/questions/', '/checklist/', '/salary/', '/practice/', '/prep/', '/search/', '/sources/', '/privacy/']) {
      expect(pages).toContain(path);
    }
  });
});

// Pages are independent, so several load at once; the link check below runs after all of them.
describe.concurrent('every page in the sitemap', () => {
  it.each(pages)('%s loads cleanly, is accessible and carries a strict CSP', async (path) => {
    const page = await context.newPage();
    const problems = watchPage(page);
    const before = foreignRequests.length;
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    // Scroll through the page so islands that hydrate when visible do so, then let the network settle.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));

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

    expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.locator('meta[property="og:title"]').count()).toBe(1);

    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    const { links, ids } = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
    }));
    linksByPage.set(path, links);
    idsByPage.set(path, new Set(ids));

    expect(problems.pageErrors, 'uncaught errors').toEqual([]);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.failedRequests, 'failed requests').toEqual([]);
    expect(foreignRequests.slice(before), 'requests to other hosts').toEqual([]);
    await page.close();
  });
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
    const page = await context.newPage();
    const problems = watchPage(page);
    const response = await page.goto('/no-such-page/', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/couldn't find/i);
    expect(await page.locator('main a[href="/search/"]').count()).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    // The document's own 404 is the one error we expect; nothing else may fail.
    const ownStatus = (line: string) => /status of 404/.test(line) || line.includes('/no-such-page/');
    expect(problems.consoleErrors.filter((line) => !ownStatus(line))).toEqual([]);
    expect(problems.failedRequests.filter((line) => !ownStatus(line))).toEqual([]);
    await page.close();
  });
});
