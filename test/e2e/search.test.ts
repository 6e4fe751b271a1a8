import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { baseURL, eventually, settled, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { sitemapPaths } from './helpers/site.ts';
import { PURPOSE_IDS } from '../../src/lib/purposes.ts';

const pages = sitemapPaths();
/** A guide page (a question page until the guides exist): the page type that must stay lean. */
const contentPage = pages.find((p) => /^\/guides\/[^/]+\/$/.test(p)) ?? pages.find((p) => /^\/questions\/[^/]+\/[^/]+\/$/.test(p) && !p.includes('/roles/'))!;
const guidePages = pages.filter((p) => /^\/guides\/[^/]+\/$/.test(p));
const hubPages = pages.filter((p) => PURPOSE_IDS.some((id) => p === `/questions/${id}/`));

const browser = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  ({ context } = await browser.context());
});

/** Anything a page fetched that belongs to search: Pagefind, the dialog's code, its styles, the vocabulary. */
function isSearchRequest(request: Request): boolean {
  const { pathname } = new URL(request.url());
  return (
    pathname.startsWith('/pagefind/') ||
    pathname.includes('search-dialog') ||
    pathname === '/search/data.json' ||
    pathname === '/search/words.json' ||
    /\/_astro\/search\.[\w-]+\.css$/.test(pathname)
  );
}

async function openPage(path: string): Promise<{ page: Page; requests: string[]; problems: ReturnType<typeof watchPage> }> {
  const page = await context.newPage();
  const problems = watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => {
    if (isSearchRequest(request)) requests.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return { page, requests, problems };
}

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => page.locator('dialog.search-dialog input[role="combobox"]');
const options = (page: Page) => page.locator('dialog.search-dialog [role="option"]');
const status = (page: Page) => page.locator('dialog.search-dialog [role="status"]');

/** Waits until the dialog has finished the search for `query`. */
async function resultsFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const text = document.querySelector('dialog.search-dialog [role="status"]')?.textContent ?? '';
    return text.includes(`“${q}”`);
  }, query);
}

/** Opens the dialog with "/" and waits for it; if it never shows, says where the page was and what it had. */
async function openDialog(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await dialog(page)
    .waitFor({ state: 'visible' })
    .catch(async (error: Error) => {
      const state = await page
        .evaluate(() => ({
          dialogs: document.querySelectorAll('dialog.search-dialog').length,
          focus: document.activeElement?.tagName,
          loaded: performance.getEntriesByType('resource').map((r) => r.name),
        }))
        .catch(() => 'unreadable');
      throw new Error(`${error.message}\nPage: ${page.url()}\nState: ${JSON.stringify(state)}`);
    });
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await input(page).fill(query);
  await resultsFor(page, query);
}

describe('search costs nothing until it is opened', () => {
  it(`${contentPage} requests nothing search-related at load, then loads search on first open`, async () => {
    const { page, requests, problems } = await openPage(contentPage);
    // Let whatever the page queued at load run (frames, idle work) before checking that none of it was search.
    await settled(page);
    expect(requests, 'search requests before search was opened').toEqual([]);
    // The trigger is a plain link until its script runs; it still works without the dialog.
    await eventually(() => page.locator('[data-search-trigger]').getAttribute('href')).toBe('/search/');

    await page.locator('[data-search-trigger]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await typeQuery(page, 'salary');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests).toContain('/search/data.json');
    expect(requests, 'the word list for "did you mean" loads with search').toContain('/search/words.json');
    expect(requests.some((r) => r.includes('search-dialog'))).toBe(true);
    expect(
      requests.filter((r) => r.includes('pagefind-highlight')),
      'highlight script without ?highlight',
    ).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await page.close();
  });
});

describe('the search dialog', () => {
  it('opens with "/" and puts the cursor in the search box', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await eventually(() => input(page).inputValue()).toBe('');
    await eventually(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).toBe(true);
    await page.close();
  });

  it('opens with Ctrl+K and with Cmd+K', async () => {
    for (const shortcut of ['Control+k', 'Meta+k']) {
      const { page } = await openPage(contentPage);
      await page.keyboard.press(shortcut);
      await dialog(page).waitFor({ state: 'visible' });
      await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.close();
    }
  });

  it('does not take "/" or Ctrl+K from someone typing in a field', async () => {
    const { page, requests } = await openPage(contentPage);
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'notes';
      field.setAttribute('aria-label', 'Notes');
      document.querySelector('main')!.prepend(field);
    });
    await page.locator('#notes').click();
    await page.keyboard.type('a/b');
    await page.keyboard.press('Control+k');
    await eventually(() => page.locator('#notes').inputValue()).toBe('a/b');
    await eventually(() => dialog(page).count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows results as you type, with title, type, description and a highlighted excerpt, and no images', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await input(page).pressSequentially('salary', { delay: 40 });
    await resultsFor(page, 'salary');
    const count = await options(page).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(8);
    const first = options(page).first();
    expect((await first.locator('.sp-result-title').textContent())?.trim().length).toBeGreaterThan(3);
    await eventually(() => first.locator('.sp-result-type').textContent()).toMatch(/^(Guide|Question|Topic|Tool)/);
    await eventually(() => options(page).locator('mark').count()).toBeGreaterThan(0);
    expect((await options(page).locator('mark').first().textContent())?.toLowerCase()).toContain('salary');
    await eventually(() => page.locator('dialog.search-dialog .sp-result-description').count()).toBeGreaterThan(0);
    await eventually(() => dialog(page).locator('img').count()).toBe(0);
    await eventually(() => input(page).getAttribute('aria-expanded')).toBe('true');
    // Every result link carries the words to highlight on the page it opens.
    for (const href of await options(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) {
      expect(new URL(href, baseURL).searchParams.getAll('highlight')).toContain('salary');
    }
    await page.close();
  });

  it('answers a whole question by mapping everyday words, best page first', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'how much money should I ask for');
    await eventually(() => options(page).count()).toBeGreaterThan(0);
    await eventually(() => options(page).first().getAttribute('href')).toMatch(/salary/);
    await page.close();
  });

  it('moves through results with ↑ and ↓, opens one with Enter, and highlights the words there', async () => {
    const { page, problems } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'salary');
    await eventually(() => options(page).count()).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    const firstId = await options(page).nth(0).getAttribute('id');
    await eventually(() => input(page).getAttribute('aria-activedescendant')).toBe(firstId);
    await eventually(() => options(page).nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await eventually(() => input(page).getAttribute('aria-activedescendant')).toBe(await options(page).nth(1).getAttribute('id'));
    await eventually(() => options(page).nth(0).getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await eventually(() => input(page).getAttribute('aria-activedescendant')).toBe(firstId);
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');

    const target = new URL((await options(page).nth(0).getAttribute('href'))!, baseURL);
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toContain('salary');
    // Pagefind's highlight script loads only now, and marks the word inside the page's main text.
    await page.locator('main mark.search-highlight').first().waitFor();
    expect((await page.locator('main mark.search-highlight').first().textContent())?.toLowerCase()).toContain('salary');
    await eventually(() => page.locator('header mark, footer mark').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('closes with Esc and gives focus back to the trigger', async () => {
    const { page } = await openPage(contentPage);
    await page.locator('[data-search-trigger]').click();
    await dialog(page).waitFor({ state: 'visible' });
    await typeQuery(page, 'salary');
    // One Esc closes, even with text in the box (where the browser's own Esc would only clear it).
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    await eventually(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);

    // Opened from the keyboard while on a link, focus goes back to that link.
    await page.locator('main a').first().focus();
    const before = await page.evaluate(() => document.activeElement?.outerHTML);
    await openDialog(page);
    await page.locator('dialog.search-dialog .sd-close').click();
    await dialog(page).waitFor({ state: 'hidden' });
    await eventually(() => page.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    await page.close();
  });

  it('keeps focus inside while open (Tab and Shift+Tab wrap around)', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'resume');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      await eventually(() => page.evaluate(() => !!document.activeElement?.closest('dialog.search-dialog'))).toBe(true);
    }
    await input(page).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await eventually(() => page.evaluate(() => !!document.activeElement?.closest('dialog.search-dialog'))).toBe(true);
    await page.close();
  });

  it('narrows results with the filter chips, and clears them', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'salary');
    const total = Number((await status(page).textContent())!.match(/^(\d+)/)![1]);
    const types = () => page.locator('dialog.search-dialog .sp-result-type').allTextContents();
    expect(new Set((await types()).map((t) => t.split(' · ')[0])).size).toBeGreaterThan(1);

    const chip = page.locator('dialog.search-dialog button.sp-chip', { hasText: /^Questions$/ });
    await chip.click();
    await eventually(() => chip.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction((n) => {
      const match = document.querySelector('dialog.search-dialog [role="status"]')?.textContent?.match(/^(\d+)/);
      return match !== null && match !== undefined && Number(match[1]) < n;
    }, total);
    expect((await types()).every((t) => t.startsWith('Question'))).toBe(true);

    // A second filter narrows further: questions about salary only.
    await page.locator('dialog.search-dialog button.sp-chip', { hasText: /^Salary$/ }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('dialog.search-dialog .sp-result-type')].every((t) => t.textContent === 'Question · Salary'),
    );
    expect((await types()).length).toBeGreaterThan(0);

    await chip.click();
    await eventually(() => chip.getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('says when nothing matches and suggests guides', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'zzqq vvkk');
    await eventually(() => status(page).textContent()).toBe('No results for “zzqq vvkk”.');
    await eventually(() => options(page).count()).toBe(0);
    await eventually(() => input(page).getAttribute('aria-expanded')).toBe('false');
    const suggested = await page.locator('dialog.search-dialog .sp-guides a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    if (guidePages.length > 0) expect(suggested.length).toBeGreaterThan(0);
    for (const path of suggested) expect(guidePages).toContain(path);
    await eventually(() => page.locator('dialog.search-dialog a', { hasText: 'See all guides' }).getAttribute('href')).toBe('/guides/');
    await page.close();
  });

  it("corrects a misspelled word from the site's own words, and says what it searched for instead", async () => {
    const { page, problems } = await openPage(contentPage);
    await openDialog(page);
    await typeQuery(page, 'salery');
    const note = page.locator('dialog.search-dialog .sp-note');
    await expect(note.isVisible()).resolves.toBe(true);
    expect(await note.textContent()).toBe('No page has “salery”. Showing results for “salary”.');
    expect(await options(page).count()).toBeGreaterThan(0);
    expect((await options(page).nth(0).getAttribute('href')) ?? '').toContain('highlight=salary');
    expect((await page.locator('dialog.search-dialog .sp-result mark').first().textContent())?.toLowerCase()).toContain('salar');
    // A word the site uses is never "corrected".
    await typeQuery(page, 'salary');
    await expect(note.isVisible()).resolves.toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('offers example searches in an empty box, and running one shows results', async () => {
    const { page } = await openPage(contentPage);
    await openDialog(page);
    const example = page.locator('dialog.search-dialog .sp-example').first();
    await example.waitFor();
    const text = (await example.textContent())!;
    await example.click();
    await resultsFor(page, text);
    await eventually(() => input(page).inputValue()).toBe(text);
    await eventually(() => options(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('passes axe with results showing, in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context: themed } = await browser.context({ colorScheme });
      const page = await themed.newPage();
      await page.goto(contentPage, { waitUntil: 'networkidle' });
      await openDialog(page);
      await typeQuery(page, 'salary');
      await page.keyboard.press('ArrowDown');
      const violations = await runAxe(page);
      expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      // The dialog is styled from the site's tokens, so it follows the theme.
      const background = await dialog(page).evaluate((d) => getComputedStyle(d).backgroundColor);
      // The page colors of the design tokens (--bg: #ffffff light, #0f1217 dark): the dialog follows the theme.
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(15, 18, 23)' : 'rgb(255, 255, 255)');
      await themed.close();
    }
  });

  it('says so, without crashing, when the index cannot load', async () => {
    const { context: offline } = await browser.context();
    await offline.route('**/pagefind/**', (route) => route.abort('failed'));
    const page = await offline.newPage();
    const problems = watchPage(page);
    await page.goto(contentPage, { waitUntil: 'networkidle' });
    await openDialog(page);
    await page.locator('dialog.search-dialog .notice', { hasText: 'Search could not load' }).waitFor();
    await eventually(() => page.locator('dialog.search-dialog a', { hasText: 'See all guides' }).count()).toBe(1);
    expect(problems.pageErrors).toEqual([]);
    await offline.close();
  });
});

describe('opening a result', () => {
  it('scrolls to the first highlighted match on the page it opens', async () => {
    const guide = guidePages.find((p) => p.includes('salary')) ?? guidePages[0] ?? contentPage;
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(guide, { waitUntil: 'networkidle' });
    // A word of the main text whose first use is well below the first screen, so landing on it needs a scroll.
    const word = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      const seenAbove = new Set<string>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('[data-pagefind-ignore], nav, [hidden]')) continue;
        const top = parent.getBoundingClientRect().top + window.scrollY;
        for (const w of (node.textContent ?? '').toLowerCase().match(/[a-z]{7,}/g) ?? []) {
          if (top < window.innerHeight * 2) seenAbove.add(w);
          else if (!seenAbove.has(w)) return w;
        }
      }
      return null;
    });
    expect(word, 'a word first used below the first two screens').not.toBeNull();
    await page.goto(`${guide}?highlight=${word}`, { waitUntil: 'networkidle' });
    const mark = page.locator('main mark.search-highlight').first();
    await mark.waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    const box = await mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(box.top, 'first match is on screen').toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    expect(problems.pageErrors).toEqual([]);
    await page.close();
  });

  it('leaves the scroll alone when the link names a section', async () => {
    const guide = guidePages.find((p) => p.includes('salary')) ?? guidePages[0] ?? contentPage;
    const page = await context.newPage();
    await page.goto(guide, { waitUntil: 'networkidle' });
    const id = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('main h2[id]')];
      return headings[Math.floor(headings.length / 2)]?.id ?? null;
    });
    expect(id).not.toBeNull();
    const headingTop = (i: string) => page.evaluate((x) => document.getElementById(x)!.getBoundingClientRect().top, i);
    await page.goto(`${guide}#${id}`, { waitUntil: 'networkidle' });
    const plain = await headingTop(id!);
    await page.goto(`${guide}?highlight=salary#${id}`, { waitUntil: 'networkidle' });
    await page.locator('main mark.search-highlight').first().waitFor();
    await page.waitForTimeout(200);
    expect(Math.abs((await headingTop(id!)) - plain), 'the named section stays where the link put it').toBeLessThan(5);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('runs the search in ?q= on load, with filters from the URL', async () => {
    const { page, problems } = await openPage('/search/?q=salary');
    const box = page.locator('[data-search-page] input[role="combobox"]');
    await page.waitForFunction(() => /results? for “salary”/.test(document.querySelector('[data-search-page] [role="status"]')?.textContent ?? ''));
    await eventually(() => box.inputValue()).toBe('salary');
    const all = await page.locator('[data-search-page] [role="option"]').count();
    expect(all).toBeGreaterThan(2);
    await eventually(() => page.title()).toMatch(/^“salary”/);

    await page.goto('/search/?q=salary&type=Question&purpose=salary', { waitUntil: 'networkidle' });
    await page.waitForFunction(() => /results? for “salary”/.test(document.querySelector('[data-search-page] [role="status"]')?.textContent ?? ''));
    await eventually(() => page.locator('[data-search-page] button.sp-chip[aria-pressed="true"]').allTextContents()).toEqual(['Questions', 'Salary']);
    const labels = await page.locator('[data-search-page] .sp-result-type').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l === 'Question · Salary')).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps the URL in step with the search, so it can be bookmarked', async () => {
    const { page } = await openPage('/search/');
    const box = page.locator('[data-search-page] input[role="combobox"]');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await box.fill('missed call');
    await page.waitForFunction(() => /for “missed call”/.test(document.querySelector('[data-search-page] [role="status"]')?.textContent ?? ''));
    await page.locator('[data-search-page] button.sp-chip', { hasText: /^Guides$/ }).click();
    await page.waitForFunction(() => location.search.includes('type=Guide'));
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('missed call');
    expect(url.searchParams.get('type')).toBe('Guide');
    // The header trigger and "/" focus the page's own box rather than opening a dialog over it.
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await eventually(() => page.locator('dialog.search-dialog').count()).toBe(0);
    await page.close();
  });

  it('without JavaScript, says search needs it and lists every guide and purpose hub', async () => {
    const { context: noJs } = await browser.context({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto('/search/?q=salary');
    await eventually(() => page.locator('main .no-js-only .notice').isVisible()).toBe(true);
    await eventually(() => page.locator('main .no-js-only .notice').textContent()).toMatch(/needs JavaScript/);
    const linked = await page.locator('main .no-js-only a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    for (const path of [...guidePages, ...hubPages]) expect(linked).toContain(path);
    expect(hubPages.length).toBeGreaterThan(0);
    // The header trigger is a plain link to this page.
    await eventually(() => page.locator('[data-search-trigger]').getAttribute('href')).toBe('/search/');
    await noJs.close();
  });
});
