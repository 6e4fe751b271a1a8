import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, BrowserContextOptions } from 'playwright-core';
import { makeStorageThrow } from './helpers/storage.ts';
import { eventually, settled, useBrowser } from './helpers/fixture.ts';
import { watchPage, type PageProblems } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { countJavaScript } from './helpers/script-bytes.ts';
import { DIST, sitemapPaths } from './helpers/site.ts';

/*
 * The checklist on the real built site: the /checklist/ page, and the same island embedded in guides with
 * <Checklist list="…" />. Both read and write `psg:checklist:v1`; two islands on one page share one record
 * in memory (test/unit/storage/shared-record.test.ts).
 */

const KEY = 'psg:checklist:v1';
const TOTAL_ITEMS = 29;
/** Island pages may load at most this much JavaScript (gzip) at first render, Preact included. */
const JS_BUDGET = 16 * 1024;

const browser = useBrowser();

/** A fresh browser profile (empty storage) that can only reach the site; closed after `run`. */
async function withContext<T>(run: (context: BrowserContext) => Promise<T>, options: BrowserContextOptions = {}): Promise<T> {
  const { context, foreignRequests } = await browser.context(options);
  try {
    const result = await run(context);
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** Opens /checklist/ and waits until the island has read storage. */
async function openChecklist(page: Page): Promise<void> {
  await page.goto('/checklist/');
  await page.locator('.checklists[data-ready]').waitFor();
}

const box = (page: Page, list: string, item: string) => page.locator(`#checklist-${list}--${item}`);
const listProgress = (page: Page, list: string) => page.locator(`label[for="checklist-${list}-progress"]`);
const overall = (page: Page) => page.locator('label[for="checklist-overall"]');
const resetButton = (page: Page, list: string) => page.locator(`#checklist-${list} .checklist-bar button`);
const notice = (page: Page) => page.locator('.checklist-notice .notice');
/** Built guide pages that embed a checklist, with the id of the list each embeds first. */
const embeds = sitemapPaths()
  .filter((page) => page.startsWith('/guides/'))
  .map((page) => ({ page, list: /<section[^>]*data-list="([^"]+)"/.exec(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'))?.[1] }))
  .filter((embed): embed is { page: string; list: string } => embed.list !== undefined);

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

function expectClean(problems: PageProblems): void {
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
}

describe('/checklist/ with storage working', () => {
  it('renders every list and item, with guide links', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await openChecklist(page);
      await eventually(() => page.locator('main h1').textContent()).toBe('Pre-call checklist');
      await eventually(() => page.locator('section.checklist').count()).toBe(5);
      await eventually(() => page.locator('main input[type="checkbox"]').count()).toBe(TOTAL_ITEMS);
      // Every checkbox has a visible label of its own.
      const unlabelled = await page.$$eval('main input[type="checkbox"]', (inputs) =>
        inputs.filter((input) => !(input as HTMLInputElement).labels?.[0]?.textContent?.trim()).map((input) => input.id),
      );
      expect(unlabelled).toEqual([]);
      await eventually(() => page.locator('#checklist-day-before a[href="/guides/salary-expectations/"]').count()).toBe(1);
      await eventually(() => overall(page).textContent()).toBe(`0 of ${TOTAL_ITEMS} done across all 5 lists`);
      await eventually(() => page.locator('#checklist-overall').getAttribute('max')).toBe(String(TOTAL_ITEMS));
    });
  });

  it('keeps ticks across a reload and updates the progress text, bar and announcement', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      const problems = watchPage(page);
      await openChecklist(page);
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('0 of 7 done');

      await box(page, 'day-before', 'salary-range').check();
      await box(page, 'day-before', 'three-questions').check();
      await box(page, 'after-the-call', 'thank-you-email').check();
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('2 of 7 done');
      await eventually(() => page.locator('#checklist-day-before-progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(2);
      await eventually(() => overall(page).textContent()).toBe(`3 of ${TOTAL_ITEMS} done across all 5 lists`);
      await eventually(() => page.locator('.checklists [aria-live="polite"]').textContent()).toBe('1 of 5 done: After the call.');

      const record = JSON.parse((await stored(page))!);
      expect(record.version).toBe(1);
      expect(Object.keys(record.lists['day-before']).sort()).toEqual(['salary-range', 'three-questions']);
      expect(Date.parse(record.lists['after-the-call']['thank-you-email'])).not.toBeNaN();

      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => box(page, 'day-before', 'salary-range').isChecked()).toBe(true);
      await eventually(() => box(page, 'day-before', 'three-questions').isChecked()).toBe(true);
      await eventually(() => box(page, 'after-the-call', 'thank-you-email').isChecked()).toBe(true);
      await eventually(() => box(page, 'day-before', 'research-company').isChecked()).toBe(false);
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('2 of 7 done');
      // Restoring is not the reader's action, so nothing is announced.
      await eventually(() => page.locator('.checklists [aria-live="polite"]').textContent()).toBe('');
      await eventually(() => overall(page).textContent()).toBe(`3 of ${TOTAL_ITEMS} done across all 5 lists`);

      // Unticking is saved too.
      await box(page, 'day-before', 'salary-range').uncheck();
      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => box(page, 'day-before', 'salary-range').isChecked()).toBe(false);
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('1 of 7 done');
      await eventually(() => notice(page).count()).toBe(0);
      expectClean(problems);
    });
  });

  it('keeps both of two changes made in the same instant', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await openChecklist(page);
      await page.evaluate(() => {
        for (const id of ['checklist-after-the-call--write-up-notes', 'checklist-after-the-call--tell-references']) document.getElementById(id)!.click();
      });
      await eventually(() => listProgress(page, 'after-the-call').textContent()).toBe('2 of 5 done');
      expect(Object.keys(JSON.parse((await stored(page))!).lists['after-the-call']).sort()).toEqual(['tell-references', 'write-up-notes']);
    });
  });

  it('restores saved ticks without shifting the layout', async () => {
    await withContext(async (context) => {
      await context.addInitScript(() => {
        const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const page = await context.newPage();
      await openChecklist(page);
      for (const item of ['voicemail-greeting', 'ringer-on', 'application-log']) await box(page, 'once-you-apply', item).check();
      // Hold the island's code back until the server HTML has painted, so the restore happens on screen.
      await context.route(/\/_astro\/Checklist\.[\w-]+\.js$/, async (route) => {
        await route
          .request()
          .frame()
          .evaluate(() => new Promise<void>((resolve) => new PerformanceObserver(() => resolve()).observe({ type: 'paint', buffered: true })));
        await route.continue();
      });
      // A fresh visit from the top of the page (a reload would restore the scroll, and anchoring can hide a shift).
      const visit = await context.newPage();
      await openChecklist(visit);
      await eventually(() => box(visit, 'once-you-apply', 'ringer-on').isChecked()).toBe(true);
      await eventually(() => listProgress(visit, 'once-you-apply').textContent()).toBe('3 of 6 done');
      // Layout shifts are reported after the frame that made them: let the page paint and go idle first.
      await settled(visit);
      const shifts = await visit.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
    });
  });

  it('resets one list, and Undo puts the ticks back, with focus kept on the button', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await openChecklist(page);
      await eventually(() => resetButton(page, 'fifteen-minutes-before').isDisabled()).toBe(true);
      for (const item of ['quiet-room', 'water', 'pen-paper']) await box(page, 'fifteen-minutes-before', item).check();
      await box(page, 'during-the-call', 'take-notes').check();

      const button = resetButton(page, 'fifteen-minutes-before');
      await eventually(() => button.textContent()).toBe('Reset this list: Fifteen minutes before');
      await button.click();
      await eventually(() => listProgress(page, 'fifteen-minutes-before').textContent()).toBe('0 of 6 done');
      await eventually(() => box(page, 'fifteen-minutes-before', 'water').isChecked()).toBe(false);
      // Other lists are untouched.
      await eventually(() => box(page, 'during-the-call', 'take-notes').isChecked()).toBe(true);
      await eventually(() => button.textContent()).toBe('Undo reset: Fifteen minutes before');
      await eventually(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      await eventually(() => page.locator('.checklists [aria-live="polite"]').textContent()).toMatch(/Cleared the ticks in Fifteen minutes before/);
      expect(JSON.parse((await stored(page))!).lists['fifteen-minutes-before']).toBeUndefined();

      await page.keyboard.press('Enter');
      await eventually(() => listProgress(page, 'fifteen-minutes-before').textContent()).toBe('3 of 6 done');
      for (const item of ['quiet-room', 'water', 'pen-paper']) await eventually(() => box(page, 'fifteen-minutes-before', item).isChecked()).toBe(true);
      await eventually(() => button.textContent()).toBe('Reset this list: Fifteen minutes before');
      await eventually(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
      await eventually(() => page.locator('.checklists [aria-live="polite"]').textContent()).toBe('Ticks put back. 3 of 6 done: Fifteen minutes before.');

      // The undone ticks are saved, with their original times.
      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => listProgress(page, 'fifteen-minutes-before').textContent()).toBe('3 of 6 done');
    });
  });

  it('works by keyboard, with a visible focus ring', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await openChecklist(page);
      const first = box(page, 'once-you-apply', 'voicemail-greeting');
      await first.focus();
      await page.keyboard.press('Space');
      await eventually(() => first.isChecked()).toBe(true);
      await eventually(() => listProgress(page, 'once-you-apply').textContent()).toBe('1 of 6 done');
      // Tab moves on to the item's guide link, then to the next checkbox.
      await page.keyboard.press('Tab');
      await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/guides/be-reachable/');
      await page.keyboard.press('Tab');
      await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('checklist-once-you-apply--answer-unknown-numbers');
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe('solid');
    });
  });

  it('passes axe with ticks, a reset pending and the dark theme', async () => {
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await openChecklist(page);
        await box(page, 'day-before', 'salary-range').check();
        await box(page, 'once-you-apply', 'ringer-on').check();
        await resetButton(page, 'once-you-apply').click();
        expect(await runAxe(page)).toEqual([]);
      },
      { colorScheme: 'dark' },
    );
  });

  it('prints boxes with ticks and hides the site chrome and buttons', async () => {
    await withContext(async (context) => {
      await context.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
        };
      });
      const page = await context.newPage();
      await openChecklist(page);
      await box(page, 'during-the-call', 'next-steps-timeline').check();
      await page.getByRole('button', { name: 'Print' }).click();
      await eventually(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);

      await page.emulateMedia({ media: 'print' });
      const look = await page.evaluate(() => {
        const item = (id: string) => document.getElementById(id)!.nextElementSibling as HTMLElement;
        const after = (el: Element) => getComputedStyle(el, '::after').content;
        return {
          tickedBox: getComputedStyle(item('checklist-during-the-call--next-steps-timeline')).display,
          tick: after(item('checklist-during-the-call--next-steps-timeline')),
          emptyTick: after(item('checklist-during-the-call--take-notes')),
          header: getComputedStyle(document.querySelector('.site-header')!).display,
          buttons: [...document.querySelectorAll('main button')].map((b) => getComputedStyle(b).display),
          labels: document.querySelectorAll('main label').length,
        };
      });
      expect(look.tickedBox).toBe('block');
      expect(look.tick).toBe('"✓"');
      expect(look.emptyTick).toBe('none');
      expect(look.header).toBe('none');
      expect(new Set(look.buttons)).toEqual(new Set(['none']));
      expect(look.labels).toBeGreaterThanOrEqual(TOTAL_ITEMS);
    });
  });

  it('loads no more than the island JavaScript budget at first render', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      const js = countJavaScript(page);
      await page.goto('/checklist/', { waitUntil: 'networkidle' });
      await page.locator('.checklists[data-ready]').waitFor();
      expect(js.urls.length, 'the island loaded').toBeGreaterThan(0);
      const total = await js.total();
      expect(total, `${total} bytes: ${js.urls.join(', ')}`).toBeLessThanOrEqual(JS_BUDGET);
    });
  });
});

describe('/checklist/ when storage misbehaves', () => {
  it('backs up a corrupt stored value, starts fresh and says so', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      const problems = watchPage(page);
      await openChecklist(page);
      const corrupt = '{"version":1,"lists":{"day-before":{"salary-range":';
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, corrupt]);
      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();

      await eventually(() => notice(page).textContent()).toMatch(/couldn’t read your checklist ticks saved earlier, so we started fresh/);
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('0 of 7 done');
      const backups = await page.evaluate((key) => {
        const found: Record<string, string | null> = {};
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i)!;
          if (k.startsWith(`${key}:backup:`)) found[k] = localStorage.getItem(k);
        }
        return found;
      }, KEY);
      expect(Object.values(backups)).toEqual([corrupt]);

      // The page still works and saves, and the backup stays.
      await box(page, 'day-before', 'three-questions').check();
      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => box(page, 'day-before', 'three-questions').isChecked()).toBe(true);
      await eventually(() => page.evaluate((k) => localStorage.getItem(k), Object.keys(backups)[0]!)).toBe(corrupt);
      await eventually(() => notice(page).count()).toBe(0);
      expectClean(problems);
    });
  });

  it('works in memory when localStorage throws SecurityError, and says progress will not be saved', async () => {
    await withContext(async (context) => {
      await makeStorageThrow(context);
      const page = await context.newPage();
      const problems = watchPage(page);
      await openChecklist(page);
      await eventually(() => notice(page).textContent()).toMatch(/isn’t letting this site save data.*your checklist ticks will not be saved/);
      await eventually(() => page.locator('.checklist-notice').getAttribute('role')).toBe('status');
      await box(page, 'once-you-apply', 'voicemail-greeting').check();
      await eventually(() => listProgress(page, 'once-you-apply').textContent()).toBe('1 of 6 done');
      await eventually(() => overall(page).textContent()).toBe(`1 of ${TOTAL_ITEMS} done across all 5 lists`);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    });
  });

  it('works when the quota is full, and says why nothing is saved', async () => {
    await withContext(async (context) => {
      await context.addInitScript(() => {
        Storage.prototype.setItem = function setItem() {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      const page = await context.newPage();
      const problems = watchPage(page);
      await openChecklist(page);
      await eventually(() => notice(page).count()).toBe(0);
      await box(page, 'day-before', 'confirm-time-zone').check();
      await eventually(() => notice(page).textContent()).toMatch(/storage for this site is full, so your checklist ticks can’t be saved/);
      await eventually(() => box(page, 'day-before', 'confirm-time-zone').isChecked()).toBe(true);
      await eventually(() => listProgress(page, 'day-before').textContent()).toBe('1 of 7 done');
      await eventually(() => stored(page)).toBeNull();
      expectClean(problems);
    });
  });
});

describe('/checklist/ with JavaScript off', () => {
  it('shows every item as a labelled checkbox that can be ticked, and explains that nothing is saved', async () => {
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto('/checklist/');
        const boxes = page.locator('main input[type="checkbox"]');
        await eventually(() => boxes.count()).toBe(TOTAL_ITEMS);
        for (let i = 0; i < TOTAL_ITEMS; i++) {
          await eventually(() => boxes.nth(i).isVisible()).toBe(true);
          const label = page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`);
          await eventually(() => label.isVisible()).toBe(true);
        }
        await eventually(() => page.getByText('Record a voicemail greeting that says your full name').isVisible()).toBe(true);
        await eventually(() => page.getByText('Send a short thank-you email within a day').isVisible()).toBe(true);
        await eventually(() => page.getByText(/JavaScript is off, so your ticks won’t be saved/).isVisible()).toBe(true);
        // Counts that could not update, and buttons that could not work, are hidden.
        await eventually(() => page.locator('main progress').first().isVisible()).toBe(false);
        await eventually(() => page.locator('main button').first().isVisible()).toBe(false);
        await boxes.first().check();
        await eventually(() => boxes.first().isChecked()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('/checklist/ in two tabs', () => {
  it('keeps both tabs in step through the storage event', async () => {
    await withContext(async (context) => {
      const first = await context.newPage();
      const second = await context.newPage();
      await openChecklist(first);
      await openChecklist(second);

      await box(first, 'during-the-call', 'caller-name-title').check();
      await box(second, 'during-the-call', 'caller-name-title').waitFor();
      await second.waitForFunction(() => (document.getElementById('checklist-during-the-call--caller-name-title') as HTMLInputElement).checked);
      await eventually(() => listProgress(second, 'during-the-call').textContent()).toBe('1 of 5 done');

      await box(second, 'during-the-call', 'ask-call-length').check();
      await first.waitForFunction(() => (document.getElementById('checklist-during-the-call--ask-call-length') as HTMLInputElement).checked);
      // Neither tab's write lost the other's tick.
      await eventually(() => box(first, 'during-the-call', 'caller-name-title').isChecked()).toBe(true);
      await eventually(() => listProgress(first, 'during-the-call').textContent()).toBe('2 of 5 done');

      await resetButton(first, 'during-the-call').click();
      await second.waitForFunction(() => !(document.getElementById('checklist-during-the-call--caller-name-title') as HTMLInputElement).checked);
      await eventually(() => listProgress(second, 'during-the-call').textContent()).toBe('0 of 5 done');
    });
  });

  it('shows ticks another tab saved earlier, and keeps lists the content no longer has', async () => {
    await withContext(async (context) => {
      const page = await context.newPage();
      await openChecklist(page);
      await page.evaluate((key) => {
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 1,
            lists: { 'after-the-call': { 'follow-up-date': '2026-05-01T12:00:00.000Z' }, 'old-list': { gone: '2025-01-01T00:00:00.000Z' } },
          }),
        );
      }, KEY);
      await page.reload();
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => box(page, 'after-the-call', 'follow-up-date').isChecked()).toBe(true);
      await box(page, 'after-the-call', 'keep-applying').check();
      // A list the content no longer has is kept, not pruned.
      expect(JSON.parse((await stored(page))!).lists['old-list']).toEqual({ gone: '2025-01-01T00:00:00.000Z' });
    });
  });
});

describe('a checklist embedded in a guide', () => {
  it('is used by at least one guide', () => {
    expect(embeds.length).toBeGreaterThan(0);
  });

  it('shares ticks with /checklist/ both ways', async () => {
    const { page: guide, list } = embeds[0]!;
    await withContext(async (context) => {
      const page = await context.newPage();
      const problems = watchPage(page);
      await page.goto(guide);
      const embed = page.locator(`.checklist-embed section[data-list="${list}"]`);
      // It hydrates only once it scrolls into view.
      await embed.scrollIntoViewIfNeeded();
      await page.locator('.checklist-embed .checklists[data-ready]').first().waitFor();
      await eventually(() => embed.locator('h3').count()).toBe(1);
      // No item links to the guide it is embedded in.
      await eventually(() => embed.locator(`a[href="${guide}"]`).count()).toBe(0);
      const boxes = embed.locator('input[type="checkbox"]');
      const total = await boxes.count();
      expect(total).toBeGreaterThanOrEqual(3);
      const firstId = (await boxes.first().getAttribute('id'))!;
      const lastId = (await boxes.last().getAttribute('id'))!;
      await boxes.first().check();
      await eventually(() => listProgress(page, list).textContent()).toBe(`1 of ${total} done`);

      await page.goto('/checklist/');
      await page.locator('.checklists[data-ready]').waitFor();
      await eventually(() => page.locator(`#${firstId}`).isChecked()).toBe(true);
      await eventually(() => listProgress(page, list).textContent()).toBe(`1 of ${total} done`);
      await page.locator(`#${lastId}`).check();

      await page.goto(guide);
      await embed.scrollIntoViewIfNeeded();
      await page.locator('.checklist-embed .checklists[data-ready]').first().waitFor();
      await eventually(() => page.locator(`#${lastId}`).isChecked()).toBe(true);
      await eventually(() => listProgress(page, list).textContent()).toBe(`2 of ${total} done`);
      expect(await runAxe(page)).toEqual([]);
      expectClean(problems);
    });
  });

  it('shows every item with JavaScript off', async () => {
    const { page: guide, list } = embeds[0]!;
    await withContext(
      async (context) => {
        const page = await context.newPage();
        await page.goto(guide);
        const boxes = page.locator(`.checklist-embed section[data-list="${list}"] input[type="checkbox"]`);
        const count = await boxes.count();
        expect(count).toBeGreaterThanOrEqual(3);
        for (let i = 0; i < count; i++) await eventually(() => boxes.nth(i).isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});
