import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { FIELD_LIMITS, MAX_ASK_QUESTIONS } from '../../src/lib/prep/sheet-fields.ts';
import { PREP_STORAGE_KEY } from '../../src/lib/prep/stored-record.ts';
import { SAVED_RANGE_STORAGE_KEY } from '../../src/lib/salary/saved-range-record.ts';
import { CHECKLIST_STORAGE_KEY } from '../../src/lib/checklist/stored-record.ts';

const browser = useBrowser();

/** "Now" for every test: Sunday, May 10, 2026, 10:00 in Chicago. */
const NOW = new Date('2026-05-10T15:00:00.000Z');

/** What the salary calculator would have saved. */
const savedRange = {
  version: 1,
  range: {
    unit: 'year',
    low: 52000,
    high: 58000,
    walkAway: 48000,
    occupationSoc: '15-1232',
    occupationTitle: 'Computer User Support Specialists',
    period: 'May 2024',
    savedAt: '2026-05-09T12:00:00.000Z',
  },
};

/** Two ticks on the day-before list, one for an item no longer in the content (not counted). */
const checklistRecord = {
  version: 1,
  lists: { 'day-before': { 'research-company': '2026-05-09T12:00:00.000Z', 'salary-range': '2026-05-09T12:00:00.000Z', retired: '2026-05-09T12:00:00.000Z' } },
};

/** Total items in content/checklists, counted from the files themselves. */
const checklistTotal = ['once-you-apply', 'day-before', 'fifteen-minutes-before', 'during-the-call', 'after-the-call']
  .map((id) => (readFileSync(`content/checklists/${id}.yaml`, 'utf8').match(/^\s+- id:/gm) ?? []).length)
  .reduce((a, b) => a + b, 0);

/** Opens the prep sheet with the clock at NOW, waiting until it has hydrated and read storage. */
async function openPrep(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: NOW });
  await page.goto('/prep/');
  await page.locator('[data-island][data-hydrated]').waitFor({ state: 'attached' });
  // The time zone is filled in from the browser once the stored sheet has been read.
  await eventually(() => page.locator('#prep-timeZone').inputValue()).not.toBe('');
  return page;
}

describe('the call prep sheet', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await browser.context({ timezoneId: 'America/Chicago', acceptDownloads: true }));
    await context.addInitScript(
      (seed: Record<string, string>) => {
        // Seed the other tools' records as each tab opens (not on reload), as if the reader had used the calculator and the checklist.
        if (sessionStorage.getItem('seeded')) return;
        for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      { [SAVED_RANGE_STORAGE_KEY]: JSON.stringify(savedRange), [CHECKLIST_STORAGE_KEY]: JSON.stringify(checklistRecord) },
    );
  });
  afterAll(async () => context?.close());

  it('pulls in the saved salary range, the browser’s time zone and the checklist progress', async () => {
    const page = await openPrep(context);
    await eventually(() => page.locator('#prep-timeZone').inputValue()).toBe('America/Chicago');
    await eventually(() => page.getByLabel('The range you will say', { exact: true }).inputValue()).toBe('$52,000 to $58,000 a year');
    await eventually(() => page.getByLabel('Your walk-away number', { exact: true }).inputValue()).toBe('$48,000 a year');
    await eventually(() => page.locator('#prep-salary-hint').textContent()).toBe(
      'From your salary calculator: $52,000 to $58,000 a year (Computer User Support Specialists, May 2024 wage data).',
    );
    await eventually(() => page.locator('.prep-progress p').textContent()).toBe(`2 of ${checklistTotal} checklist items done. Open the checklist`);
    await eventually(() => page.locator('.prep-progress li', { hasText: 'The day before the call' }).textContent()).toBe('The day before the call: 2 of 7');
    // The range stays editable, and the calculator's can be brought back.
    await page.getByLabel('The range you will say', { exact: true }).fill('$55,000 to $60,000 a year');
    await page.getByRole('button', { name: 'Use my calculator range' }).click();
    await eventually(() => page.getByLabel('The range you will say', { exact: true }).inputValue()).toBe('$52,000 to $58,000 a year');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('saves every field as you type, and keeps it across a reload', async () => {
    const page = await openPrep(context);
    await page.getByLabel('Company', { exact: true }).fill('Acme, Inc.');
    await page.getByLabel('Role', { exact: true }).fill('IT Support Specialist');
    await page.getByLabel('Date', { exact: true }).fill('5/14/2026');
    await page.getByLabel('Time', { exact: true }).fill('2:30 pm');
    await page.getByLabel('The number they will call from', { exact: true }).fill('+1 (555) 010-0199');
    await page.getByLabel('Name', { exact: true }).fill('Dana Whitfield');
    await page.getByLabel('Job title', { exact: true }).fill('COO');
    await page.getByLabel('They are', { exact: true }).selectOption('executive');
    await page.getByLabel('Your 30-second pitch', { exact: true }).fill('I fix things for people.\nI ran the help desk at my college for two years.');
    for (const [i, text] of ['Ran a 40-ticket-a-day help desk queue', 'Built a home lab with Active Directory', 'CompTIA A+ certified'].entries()) {
      await page.getByLabel(`Match ${i + 1}`, { exact: true }).fill(text);
    }
    await page.getByLabel('Write your own', { exact: true }).fill('What does a good first 90 days look like?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel('Write your own', { exact: true }).fill('Who would I learn the most from on the team?');
    await page.getByLabel('Write your own', { exact: true }).press('Enter');
    const ideas = page.locator('.prep-ideas input');
    const ideaCount = await ideas.count();
    if (ideaCount > 0) await ideas.first().check();
    await eventually(() => page.locator('#prep-date-reads').textContent()).toBe('Reads as: Thursday, May 14, 2026');

    await page.reload();
    await page.locator('[data-island][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme, Inc.');
    await eventually(() => page.getByLabel('Role', { exact: true }).inputValue()).toBe('IT Support Specialist');
    await eventually(() => page.getByLabel('Date', { exact: true }).inputValue()).toBe('5/14/2026');
    await eventually(() => page.getByLabel('Time', { exact: true }).inputValue()).toBe('2:30 pm');
    await eventually(() => page.locator('#prep-timeZone').inputValue()).toBe('America/Chicago');
    await eventually(() => page.getByLabel('They are', { exact: true }).inputValue()).toBe('executive');
    await eventually(() => page.getByLabel('Your 30-second pitch', { exact: true }).inputValue()).toBe(
      'I fix things for people.\nI ran the help desk at my college for two years.',
    );
    await eventually(() => page.getByLabel('Match 3', { exact: true }).inputValue()).toBe('CompTIA A+ certified');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PREP_STORAGE_KEY))!);
    expect(stored.questions.slice(0, 2)).toEqual(['What does a good first 90 days look like?', 'Who would I learn the most from on the team?']);
    expect(stored.questions).toHaveLength(ideaCount > 0 ? 3 : 2);
    await eventually(() => page.locator('.prep-own li').count()).toBe(2);
    await page.close();
  });

  it('explains bad dates, times and numbers next to the field, and keeps what was typed', async () => {
    const page = await openPrep(context);
    const date = page.getByLabel('Date', { exact: true });
    const phone = page.getByLabel('The number they will call from', { exact: true });

    await date.fill('2026-02-30');
    await date.blur();
    await eventually(() => page.locator('#prep-date-error').textContent()).toBe(
      'There’s no 30 February 2026: that month has 28 days. Check the day and month.',
    );
    await eventually(() => date.getAttribute('aria-invalid')).toBe('true');
    expect((await date.getAttribute('aria-describedby'))?.split(' ')).toContain('prep-date-error');

    await date.fill('2026-05-01');
    await eventually(() => page.locator('#prep-date-error').textContent()).toBe('Friday, May 1, 2026 has already passed. Check the date of the call.');

    await date.fill('5/14/2026');
    await page.getByLabel('Time', { exact: true }).fill('25:15');
    await page.getByLabel('Time', { exact: true }).blur();
    await eventually(() => page.locator('#prep-time-error').textContent()).toMatch(/^There’s no 25:15 on a clock/);

    await phone.fill('555-CALL-NOW');
    await phone.blur();
    await eventually(() => page.locator('#prep-phone-error').textContent()).toMatch(/A phone number has only digits\. Take out the letters “CALNOW”/);

    // Asking for the calendar file now changes nothing and points at the problem.
    await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
    await eventually(() => page.locator('.prep-form > [role="status"]').textContent()).toMatch(/Fix the highlighted fields.*Everything you typed is kept/);
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('prep-time');

    // Nothing typed is lost, even the mistakes.
    await page.reload();
    await page.locator('[data-island][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.getByLabel('The number they will call from', { exact: true }).inputValue()).toBe('555-CALL-NOW');
    await eventually(() => page.getByLabel('Time', { exact: true }).inputValue()).toBe('25:15');
    expect(await runAxe(page)).toEqual([]);

    await page.getByLabel('Time', { exact: true }).fill('2:30 pm');
    await page.getByLabel('The number they will call from', { exact: true }).fill('+1 (555) 010-0199');
    await eventually(() => page.locator('.prep-form .error-text').count()).toBe(0);
    await page.close();
  });

  it('downloads a calendar file that a real iCalendar parser reads back', async () => {
    const page = await openPrep(context);
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme, Inc.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('phone-screen-acme-inc.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    // 2:30 pm in Chicago on May 14, 2026, is 19:30 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-05-14T19:30:00.000Z');
    expect(event.summary).toBe('Phone screen: Acme, Inc.');
    expect(event.description).toContain('Phone screen with Acme, Inc. for the IT Support Specialist role.');
    expect(event.description).toContain('They will call from: +1 (555) 010-0199.');
    expect((vevent.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-900);
    await eventually(() => page.locator('.prep-form > [role="status"]').textContent()).toMatch(/^Downloaded phone-screen-acme-inc\.ics/);

    // A second download updates the same event: same UID.
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar (.ics)' }).click()]);
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(readFileSync((await again.path())!, 'utf8'))).getFirstSubcomponent('vevent')!).uid).toBe(event.uid);
    await page.close();
  });

  it('prints as one clean page on A4 and on Letter, without the site’s navigation', async () => {
    const page = await openPrep(context);
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme, Inc.');
    // The longest text each field allows, so the one-page promise holds for a full sheet.
    const long = (n: number) => 'Answered forty tickets a day and kept customers calm. '.repeat(20).slice(0, n);
    await page.getByLabel('Your 30-second pitch', { exact: true }).fill(long(FIELD_LIMITS.pitch));
    for (const i of [1, 2, 3]) await page.getByLabel(`Match ${i}`, { exact: true }).fill(long(FIELD_LIMITS.match));
    await page.getByLabel('Job title', { exact: true }).fill(long(FIELD_LIMITS.short));
    await page.getByLabel('The range you will say', { exact: true }).fill(long(FIELD_LIMITS.salary));
    while ((await page.locator('.prep-own button').count()) > 0) await page.locator('.prep-own button').first().click();
    for (const box of await page.locator('.prep-ideas input:checked').all()) await box.uncheck();
    for (let i = 0; i < MAX_ASK_QUESTIONS; i += 1) {
      await page.getByLabel('Write your own', { exact: true }).fill(`${i + 1}. ${long(FIELD_LIMITS.question - 4)}?`);
      await page.getByRole('button', { name: 'Add question' }).click();
    }
    await eventually(() => page.locator('.prep-own li').count()).toBe(MAX_ASK_QUESTIONS);
    await page.emulateMedia({ media: 'print' });
    await eventually(() => page.locator('.site-header').isVisible()).toBe(false);
    await eventually(() => page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    await eventually(() => page.locator('.site-footer').isVisible()).toBe(false);
    await eventually(() => page.locator('.prep-form').isVisible()).toBe(false);
    await eventually(() => page.locator('.prep-print').isVisible()).toBe(true);
    await eventually(() => page.locator('.prep-print h2').textContent()).toBe('Phone screen: Acme, Inc.');
    await eventually(() => page.locator('.prep-facts').textContent()).toContain('Thursday, May 14, 2026 at 2:30 pm (America/Chicago)');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages, `${format} page count`).toHaveLength(1);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });

  it('clears the sheet for the next company only after confirming', async () => {
    const page = await openPrep(context);
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme, Inc.');
    await page.getByRole('button', { name: 'Start a new sheet…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Acme, Inc.');
    await page.getByRole('button', { name: 'Start a new sheet…' }).click();
    await page.getByRole('button', { name: 'Yes, clear it' }).click();
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('');
    // The time zone and the calculator's range come straight back.
    await eventually(() => page.locator('#prep-timeZone').inputValue()).toBe('America/Chicago');
    await eventually(() => page.getByLabel('The range you will say', { exact: true }).inputValue()).toBe('$52,000 to $58,000 a year');
    await page.close();
  });
});

describe('the prep sheet when storage throws', () => {
  it('works in memory and says the sheet will not be saved', async () => {
    const { context } = await browser.context();
    await makeStorageThrow(context);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto('/prep/');
    await page.locator('[data-island][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator('.prep > .notice').textContent()).toMatch(/your prep sheet will not be saved/);
    await page.getByLabel('Company', { exact: true }).fill('Globex');
    await page.getByLabel('Date', { exact: true }).fill('2099-13-01');
    await page.getByLabel('Date', { exact: true }).blur();
    await eventually(() => page.locator('#prep-date-error').textContent()).toMatch(/no month 13/);
    await eventually(() => page.getByLabel('Company', { exact: true }).inputValue()).toBe('Globex');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the prep sheet with JavaScript off', () => {
  it('shows a plain form to print and fill in by hand', async () => {
    const { context } = await browser.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/prep/');
    await eventually(() => page.locator('.no-js-only').textContent()).toMatch(/can’t save what you type/);
    await eventually(() => page.getByLabel('Company', { exact: true }).isVisible()).toBe(true);
    await eventually(() => page.getByLabel('Your 30-second pitch', { exact: true }).isVisible()).toBe(true);
    await eventually(() => page.getByRole('button', { name: 'Add to calendar (.ics)' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await eventually(() => page.locator('.prep-print').isVisible()).toBe(true);
    await eventually(() => page.locator('.site-header').isVisible()).toBe(false);
    await eventually(() => page.locator('.prep-print .prep-blank').count()).toBeGreaterThan(5);
    const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await context.close();
  });
});
