import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { openDrill } from './helpers/practice.ts';
import { STORIES_STORAGE_KEY } from '../../src/lib/stories/model.ts';
import { PREP_STORAGE_KEY, emptyPrepRecord } from '../../src/lib/prep/stored-record.ts';

const browser = useBrowser();

/** Opens a tool page and waits until its island has hydrated and read storage. */
async function openTool(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('[data-island][data-hydrated]').first().waitFor({ state: 'attached' });
  return page;
}

/** Adds a story through the form: title, result, one purpose, one role. */
async function addStory(page: Page, title: string, result: string, purpose: string, role: string): Promise<void> {
  await eventually(() => page.getByRole('button', { name: 'Add a story' }).isEnabled()).toBe(true);
  await page.getByRole('button', { name: 'Add a story' }).click();
  await page.getByLabel('Short title').fill(title);
  await page.getByLabel('The result').fill(result);
  await page.getByRole('checkbox', { name: purpose, exact: true }).check();
  await page.getByRole('checkbox', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Done' }).click();
}

/** The stored story bank, parsed. */
async function storedBank(page: Page): Promise<{ name: string; stories: { title: string; purposes: string[] }[] } | null> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORIES_STORAGE_KEY);
}

describe('the story bank', () => {
  it('adds stories with tags, shows the gap view, filters by tag, and renders text as text', async () => {
    const { context } = await browser.context();
    const page = await openTool(context, '/stories/');
    const problems = watchPage(page);
    await addStory(page, 'Printer fleet <b>fix</b>', 'Printer tickets fell from 12 a week to 2.', 'Qualifications', 'IT & sysadmin');
    await addStory(page, 'Calming an upset caller', 'It went well.', 'Communication', 'Tech support');
    await eventually(async () => (await storedBank(page))?.stories.map((s) => s.title)).toEqual(['Printer fleet <b>fix</b>', 'Calming an upset caller']);
    // Rendered as text: the angle brackets are visible, no <b> element was made.
    await eventually(() => page.locator('.story-card h3').allInnerTexts()).toContain('Printer fleet <b>fix</b>');
    expect(await page.locator('.story-card b').count()).toBe(0);
    // Gap view: four purposes have no story yet.
    expect(await page.locator('[data-gap]').count()).toBe(4);
    expect(await page.locator('.story-gaps').innerText()).toContain('Salary: no story yet');
    // Filter by a role tag.
    await page.getByLabel('Show').selectOption({ label: 'Tech support' });
    await eventually(() => page.locator('.story-card h3').allInnerTexts()).toEqual(['Calming an upset caller']);
    // The weak-result hint shows for a result with no number.
    await page.getByRole('button', { name: 'Edit Calming an upset caller' }).click();
    await eventually(() => page.locator('#story-result-weak').innerText()).toContain('no number yet');
    await page.getByLabel('The result').fill('Her refund went through in 10 minutes.');
    await eventually(() => page.locator('#story-result-weak').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it.each(['/stories/', '/messages/'])('%s keeps a name typed before its storage code arrives (a slow connection)', async (path) => {
    const { context } = await browser.context();
    // The storage code loads after the island hydrates; hold it back so the typing comes first.
    await context.route(/\/_astro\/storage\.[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const page = await openTool(context, path);
    const problems = watchPage(page);
    await page.getByLabel('Your name').first().fill('Sam Lee');
    await eventually(async () => (await storedBank(page))?.name).toBe('Sam Lee');
    if (path === '/stories/') await eventually(() => page.getByRole('button', { name: 'Add a story' }).isEnabled()).toBe(true);
    expect(await page.getByLabel('Your name').first().inputValue()).toBe('Sam Lee');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('exports, clears and imports the same stories back, asking before it replaces anything', async () => {
    const { context } = await browser.context({ acceptDownloads: true });
    const page = await openTool(context, '/stories/');
    await page.getByLabel('Your name').first().fill('Sam Lee');
    await addStory(page, 'Script that saved an hour', 'Saved 5 hours a week.', 'Qualifications', 'Software developer');
    await addStory(page, 'Why I like support', 'Kept a 98% satisfaction score.', 'Interest', 'Tech support');
    await eventually(async () => (await storedBank(page))?.stories.length).toBe(2);
    const before = await storedBank(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export stories' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^stories-\d{4}-\d{2}-\d{2}\.json$/);
    const file = (await download.path())!;
    expect(JSON.parse(readFileSync(file, 'utf8')).stories).toHaveLength(2);

    // Clear: delete both stories.
    for (const title of ['Script that saved an hour', 'Why I like support']) {
      await page.getByRole('button', { name: `Delete ${title}` }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
    }
    await eventually(async () => (await storedBank(page))?.stories.length).toBe(0);

    // The name is still there, so importing asks first.
    await page.getByLabel('Import stories from a file').setInputFiles(file);
    await eventually(() => page.getByRole('group', { name: 'Import stories?' }).isVisible()).toBe(true);
    expect((await storedBank(page))?.stories).toHaveLength(0);
    await page.getByRole('button', { name: 'Replace mine with the file' }).click();
    await eventually(async () => await storedBank(page)).toEqual(before);
    await page.reload();
    await eventually(() => page.locator('.story-card h3').allInnerTexts()).toHaveLength(2);

    // A hostile file is refused with a specific message, and nothing changes.
    await page
      .getByLabel('Import stories from a file')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"phone-screen-guide-stories","version":7}') });
    await eventually(() => page.locator('.story-transfer').innerText()).toMatch(/different version/);
    expect(await storedBank(page)).toEqual(before);
    await context.close();
  });

  it('shows its notice and keeps what was typed when storage throws', async () => {
    const { context } = await browser.context();
    await makeStorageThrow(context);
    const page = await openTool(context, '/stories/');
    await addStory(page, 'Kept in memory', 'Cut wait times by 20%.', 'Fit', 'Data');
    await eventually(() => page.locator('main').innerText()).toMatch(/isn.t letting this site save data/);
    expect(await page.locator('.story-card h3').allInnerTexts()).toEqual(['Kept in memory']);
    await context.close();
  });

  it('shows its notice and keeps what was typed when storage is full', async () => {
    const { context } = await browser.context();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await openTool(context, '/stories/');
    await addStory(page, 'Still here', 'Closed 40 tickets a day.', 'Details', 'Security');
    await eventually(() => page.locator('main').innerText()).toMatch(/storage for this site is full/);
    expect(await page.locator('.story-card h3').allInnerTexts()).toEqual(['Still here']);
    await page.getByRole('button', { name: 'Edit Still here' }).click();
    expect(await page.getByLabel('The result').inputValue()).toBe('Closed 40 tickets a day.');
    await context.close();
  });
});

describe('stories meet questions', () => {
  it('shows the matching story on a question page, and a link to add one where none fit', async () => {
    const { context } = await browser.context();
    const bank = await openTool(context, '/stories/');
    await addStory(bank, 'Printer fleet fix', 'Tickets fell from 12 a week to 2.', 'Qualifications', 'IT & sysadmin');
    await addStory(bank, 'Calming an upset caller', 'Refund in 10 minutes.', 'Communication', 'Tech support');
    await eventually(async () => (await storedBank(bank))?.stories.length).toBe(2);

    const page = await context.newPage();
    await page.goto('/questions/qualifications/what-is-your-greatest-strength/');
    const panel = page.locator('[data-story-panel][data-hydrated]');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('h2').innerText()).toBe('Your stories for this question');
    expect(await panel.locator('li').allInnerTexts()).toEqual(['Printer fleet fix: Tickets fell from 12 a week to 2.']);

    // A developer/support question: the IT story doesn't fit, so the panel offers to add one, pre-tagged.
    await page.goto('/questions/qualifications/a-bug-you-cant-reproduce/');
    await page.locator('[data-story-panel][data-hydrated]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-story-panel] li').count()).toBe(0);
    const add = page.getByRole('link', { name: 'Add a story for it in your story bank' });
    expect(await add.getAttribute('href')).toBe('/stories/?purpose=qualifications&roles=developer,support');
    await add.click();
    await page.locator('[data-island][data-hydrated]').first().waitFor({ state: 'attached' });
    await eventually(() => page.getByRole('button', { name: 'Add a story' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Add a story' }).click();
    expect(await page.getByRole('checkbox', { name: 'Qualifications', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Software developer', exact: true }).isChecked()).toBe(true);
    await context.close();
  });
});

describe('stories in the practice drill', () => {
  it('shows the stories tagged for the question beside the notes box', async () => {
    const { context } = await browser.context();
    const bank = await openTool(context, '/stories/');
    await addStory(bank, 'My pay research', 'Found 3 local ranges.', 'Salary', 'Any role');
    await addStory(bank, 'Calming an upset caller', 'Refund in 10 minutes.', 'Communication', 'Tech support');
    await eventually(async () => (await storedBank(bank))?.stories.length).toBe(2);
    const { page } = await openDrill(context);
    await page.getByRole('button', { name: /^Start/ }).click();
    const panel = page.locator('[data-drill-stories]');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('li').allInnerTexts()).toEqual(['My pay research: Found 3 local ranges.']);
    await context.close();
  });
});

describe('stories on the prep sheet', () => {
  it('pins a story that prints with the sheet', async () => {
    const { context } = await browser.context();
    const bank = await openTool(context, '/stories/');
    await addStory(bank, 'Printer fleet fix', 'Tickets fell from 12 a week to 2.', 'Qualifications', 'IT & sysadmin');
    await addStory(bank, 'Not pinned', 'Saved 2 hours.', 'Fit', 'Data');
    await eventually(async () => (await storedBank(bank))?.stories.length).toBe(2);
    const page = await openTool(context, '/prep/');
    const pin = page.getByRole('checkbox', { name: 'Printer fleet fix' });
    await pin.waitFor({ state: 'visible' });
    await pin.check();
    await eventually(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).pinned.length, STORIES_STORAGE_KEY)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.prep-print-stories');
    await eventually(() => printed.isVisible()).toBe(true);
    expect(await printed.locator('li').allInnerTexts()).toEqual(['Printer fleet fix: Tickets fell from 12 a week to 2.']);
    await context.close();
  });
});

describe('delete everything', () => {
  it('deletes every psg: key and the recordings database after confirmation, and nothing before', async () => {
    const { context } = await browser.context();
    const page = await context.newPage();
    await page.goto('/privacy/');
    await page.evaluate(async () => {
      localStorage.setItem('psg:stories:v1', '{"version":1,"name":"Sam","stories":[],"pinned":[]}');
      localStorage.setItem('psg:prep:v1:backup:1', '{}');
      localStorage.setItem('not-ours', 'keep');
      await new Promise<void>((resolve) => {
        const open = indexedDB.open('psg:recordings:v1');
        open.onupgradeneeded = () => open.result.createObjectStore('takes');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      });
    });
    const start = page.getByRole('button', { name: 'Delete everything this site saved…' });
    // The control's script loads after the page's load event and marks the control ready once it is wired.
    await page.locator('[data-delete-all][data-ready]').waitFor({ state: 'attached' });
    await start.waitFor({ state: 'visible' });
    await start.click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => localStorage.getItem('psg:stories:v1'))).not.toBeNull();
    await start.click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await eventually(() => page.locator('[data-delete-status]').innerText()).toMatch(/^Done\./);
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['not-ours']);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('psg:recordings:v1');
    await context.close();
  });
});

describe('the message kit', () => {
  it('fills a template from the prep sheet and copies it; missing details stay as visible placeholders', async () => {
    const { context } = await browser.context({ permissions: ['clipboard-write'] });
    // The site's Permissions-Policy blocks clipboard reads (rightly), so record what the page writes.
    await context.addInitScript(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      const write = Clipboard.prototype.writeText;
      Clipboard.prototype.writeText = function (text: string) {
        copied.push(text);
        return write.call(this, text);
      };
    });
    const seedPage = await context.newPage();
    await seedPage.goto('/privacy/');
    const prep = { ...emptyPrepRecord(), company: 'Acme Inc', role: 'Help desk analyst', callerName: 'Dana Ruiz', date: '2026-12-03' };
    await seedPage.evaluate(
      ([prepKey, prepValue, storyKey, storyValue]) => {
        localStorage.setItem(prepKey!, prepValue!);
        localStorage.setItem(storyKey!, storyValue!);
      },
      [PREP_STORAGE_KEY, JSON.stringify(prep), STORIES_STORAGE_KEY, JSON.stringify({ version: 1, name: 'Sam Lee', stories: [], pinned: [] })],
    );
    const page = await openTool(context, '/messages/');
    const body = page.locator('#kit-thank-you-body');
    await eventually(() => body.inputValue()).toContain('Hi Dana Ruiz,');
    const text = await body.inputValue();
    expect(text).toContain('December 3, 2026 about the Help desk analyst role at Acme Inc');
    expect(text).toMatch(/Sam Lee$/);
    expect(text).not.toContain('undefined');
    // Edit in place, then copy.
    await body.fill(`${text}\nP.S. Edited.`);
    await page.locator('[data-template="thank-you"]').getByRole('button', { name: 'Copy' }).click();
    await eventually(() => page.locator('[data-template="thank-you"] [role="status"]').innerText()).toContain('Copied.');
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      `Subject: Thank you, Help desk analyst call\n\n${text}\nP.S. Edited.`,
    ]);
    const mailto = await page.locator('[data-template="thank-you"]').getByRole('link', { name: 'Open in your email app' }).getAttribute('href');
    expect(decodeURIComponent(mailto!)).toContain('P.S. Edited.');
    // The salary fix spells out the risk; the check-in keeps the guide's timing.
    expect(await page.locator('[data-template="salary-fix"]').innerText()).toContain('passed your first number on');
    expect(await page.locator('[data-template="check-in"]').innerText()).toContain('two weeks');
    await context.close();
  });

  it('leaves visible placeholders when the prep sheet is empty', async () => {
    const { context } = await browser.context();
    const page = await openTool(context, '/messages/');
    await eventually(() => page.locator('[data-missing]').count()).toBe(1);
    const text = await page.locator('#kit-check-in-body').inputValue();
    expect(text).toContain('[their name]');
    expect(text).toContain('[your name]');
    expect(text).not.toContain('undefined');
    await context.close();
  });
});
