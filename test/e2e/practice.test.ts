import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { built, eventually, heading, hydrated, openDrill, order } from './helpers/practice.ts';
import { selectQuestions } from '../../src/lib/practice/select.ts';
import { PRACTICE_STORAGE_KEY } from '../../src/lib/practice/stored-record.ts';

const browser = useBrowser();

/**
 * Freezes the page's clock, so only runFor moves time: the timer then reads exactly what the test says.
 * Preact runs effects from animation frames and timeouts, which a frozen clock holds back, so every
 * interaction is followed by `settle`, a tenth of a second of page time.
 */
async function freezeClock(page: Page) {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}
const settle = (page: Page) => page.clock.runFor(100);

/** axe schedules its own timeouts, so the clock runs while it audits the page (no drill timer is running then). */
async function axeOnRunningClock(page: Page) {
  await page.clock.resume();
  const violations = await runAxe(page);
  await freezeClock(page);
  return violations;
}

const clock = (page: Page) => page.locator('[role="timer"]');
const status = (page: Page) => page.locator('.drill-question > [role="status"]');

describe('the practice drill, end to end', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    ({ context } = await browser.context());
  });
  afterAll(async () => context?.close());

  it('runs a three-question drill with the timer, reveal and ratings, then shows the summary', async () => {
    const { page, problems } = await openDrill(context);
    await freezeClock(page);
    // The address chose "drill one purpose" and salary.
    expect(await page.getByLabel('Drill one purpose').isChecked()).toBe(true);
    await page.getByLabel('How many').selectOption('3');
    await settle(page);
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);

    // Question 1: Space starts the timer; Playwright's clock moves time on without waiting.
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    expect(await page.locator('.drill-question .meta').first().textContent()).toContain('Question 1 of 3');
    await eventually(async () => (await settle(page), page.evaluate(() => document.activeElement?.id))).toBe('drill-prompt');
    await page.keyboard.press(' ');
    await settle(page);
    await eventually(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.clock.runFor(65_000);
    await eventually(() => clock(page).textContent()).toMatch(/^Time: 1:05/);
    // Gently over the target, and screen readers hear the last milestone, not every second.
    const target = order[0]!.targetSeconds;
    expect(await page.locator('.drill-gentle').textContent()).toMatch(/You’re past the .* mark/);
    expect(await status(page).textContent()).toMatch(/over your target|that’s your target/);
    expect(await clock(page).getAttribute('class')).toContain('drill-over');

    // Notes: typing R or N in the notes box types, it doesn't reveal or skip.
    const notes = page.getByLabel('Your notes');
    await notes.fill('- say the range from BLS data\n');
    await settle(page);
    await notes.press('R');
    await settle(page);
    await notes.press('n');
    await settle(page);
    expect(await notes.inputValue()).toBe('- say the range from BLS data\nRn');
    await eventually(() => page.getByRole('button', { name: 'Check my answer' }).count()).toBe(1);
    await notes.fill('- say the range from BLS data\n- ask their budget');
    await settle(page);

    // R (outside the notes box) reveals: timer stops, self-check list and sample answer appear.
    await heading(page).focus();
    await settle(page);
    await page.keyboard.press('r');
    await settle(page);
    await eventually(() => page.locator('.drill-checks li').count()).toBe(3);
    expect(await page.locator('.drill-checks').textContent()).toContain(order[0]!.strongPoints[0]);
    expect(await page.locator('.drill-sample').textContent()).toBe(order[0]!.sample!.replace(/\n\n/g, ''));
    expect(await status(page).textContent()).toContain('Timer stopped at 1 minute 5 seconds');
    await page.clock.runFor(10_000);
    expect(await clock(page).textContent()).toMatch(/^Time: 1:05/);
    expect(await axeOnRunningClock(page)).toEqual([]);
    await page.getByLabel('Needs work', { exact: true }).check();
    await settle(page);
    await page.keyboard.press('n');
    await settle(page);

    // Question 2: by button; 20 seconds, rated strong.
    await eventually(() => heading(page).textContent()).toBe(`“${order[1]!.prompt}”`);
    expect(await clock(page).textContent()).toMatch(/^Time: 0:00/);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await settle(page);
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await settle(page);
    await page.clock.runFor(30_000);
    expect(await clock(page).textContent()).toMatch(/^Time: 0:20/);
    expect(await page.locator('.drill-gentle').count()).toBe(0);
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await settle(page);
    await page.getByLabel('Strong', { exact: true }).check();
    await settle(page);
    await page.getByRole('button', { name: 'Next question' }).click();
    await settle(page);

    // Question 3: untimed, rated okay, then the summary.
    await eventually(() => heading(page).textContent()).toBe(`“${order[2]!.prompt}”`);
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await settle(page);
    await page.getByLabel('Okay', { exact: true }).check();
    await settle(page);
    await page.getByRole('button', { name: 'Finish and see my summary' }).click();
    await settle(page);

    await page.getByRole('heading', { name: 'Your drill summary' }).waitFor();
    expect(await page.locator('.drill-summary > p').first().textContent()).toBe('1 strong, 1 okay, 1 need work.');
    const rows = await page.locator('.drill-summary tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(order[0]!.prompt);
    expect(rows[0]).toMatch(new RegExp(`1:05 of 0:${target}: over target.*Needs work`));
    expect(rows[1]).toMatch(/0:20 of 0:\d\d: on target.*Strong/);
    expect(rows[2]).toMatch(/—.*not timed.*Okay/);
    // Salary needs work: the summary links to the salary hub (and its guides, once written).
    const help = page.locator('.drill-help li');
    await eventually(() => help.count()).toBe(1);
    expect(await help.textContent()).toMatch(/^Salary/);
    expect(await help.locator('a').first().getAttribute('href')).toBe('/questions/salary/');
    await eventually(() => page.getByRole('button', { name: 'Practice the 1 that need work' }).count()).toBe(1);
    expect(await axeOnRunningClock(page)).toEqual([]);

    // "Practice the 1 that need work" starts a drill of just that question.
    await page.getByRole('button', { name: 'Practice the 1 that need work' }).click();
    await settle(page);
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    expect(await page.locator('.drill-question .meta').first().textContent()).toContain('Question 1 of 1');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // The clock belongs to the browser context: let it run again for the next pages.
    await page.clock.resume();
    await page.close();
  });

  it('keeps notes, ratings and times across a reload', async () => {
    const { page } = await openDrill(context);
    expect(await page.locator('.drill-saved > p').first().textContent()).toBe('Notes or ratings for 3 questions are saved in this browser.');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY))!);
    expect(stored.answers[order[0]!.id]).toMatchObject({ notes: '- say the range from BLS data\n- ask their budget', rating: 'needs-work', seconds: 65 });
    expect(stored.answers[order[1]!.id]).toMatchObject({ rating: 'strong', seconds: 20 });
    expect(stored.preferences).toEqual({ track: 'any', speak: false });

    await page.getByLabel('How many').selectOption('3');
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    expect(await page.getByLabel('Your notes').inputValue()).toBe('- say the range from BLS data\n- ask their budget');
    await page.getByRole('button', { name: 'Check my answer' }).click();
    expect(await page.locator('.drill-reveal .hint').textContent()).toContain('Last time you rated this one “Needs work”');
    await page.close();
  });

  it('exports Markdown and JSON, rejects a bad import without changing anything, and imports an export back', async () => {
    const { page } = await openDrill(context);
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toMatch(/^phone-screen-practice-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain(`### ${order[0]!.prompt}\n\n- Rating: Needs work\n- Last answer: 1 minute 5 seconds`);
    expect(md).toContain('- ask their budget');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
    const exported = readFileSync((await json.path())!, 'utf8');
    const before = await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY);
    expect(JSON.parse(exported)).toEqual(JSON.parse(before!));

    const importInput = page.getByLabel(/Import notes from a JSON file/);
    await importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"answers":{"x":{"notes":5}}}') });
    await eventually(() => page.locator('.drill-saved [role="status"]').textContent()).toMatch(/isn’t a practice export from this site .*Nothing was changed/);
    expect(await page.locator('.drill-saved [role="status"]').getAttribute('class')).toBe('error-text');
    expect(await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY)).toBe(before);

    // Clear needs a confirmation; "Keep them" keeps them.
    await page.getByRole('button', { name: 'Clear all notes…' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep them');
    await page.getByRole('button', { name: 'Keep them' }).click();
    expect(await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY)).toBe(before);
    await page.getByRole('button', { name: 'Clear all notes…' }).click();
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await eventually(() => page.locator('.drill-saved > p').first().textContent()).toMatch(/^Nothing saved yet/);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY))!).answers).toEqual({});

    await importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await eventually(() => page.locator('.drill-saved [role="status"]').textContent()).toMatch(/^Imported: 3 questions updated/);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY))!).answers).toEqual(JSON.parse(exported).answers);
    await page.close();
  });
});

describe('the practice drill with the real question bank', () => {
  it('starts a real screen from the built bank, in the caller’s order', async () => {
    const { context } = await browser.context();
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto('/practice/?seed=3');
    await hydrated(page);
    const expected = selectQuestions(built.questions, { mode: 'screen', track: 'any', seed: 3 });
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Start/ }).textContent()).toBe(`Start: ${expected.length} question${expected.length === 1 ? '' : 's'}`);
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${expected[0]!.question.prompt}”`);
    expect(await page.locator('.drill-question .meta').first().textContent()).toContain(`Question 1 of ${expected.length} · ${expected[0]!.beat!.label}`);
    // Every question's sample answer came from its <StrongAnswer> in the bank.
    expect(built.questions.every((q) => q.sample === null || !/[<>]/.test(q.sample))).toBe(true);
    expect(built.questions.find((q) => q.id === 'salary/what-salary-are-you-looking-for')?.sample).toMatch(/^“From what I’ve seen/);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('when storage throws', () => {
  it('still runs the drill and says notes will not be saved', async () => {
    const { context } = await browser.context();
    await makeStorageThrow(context);
    const { page, problems } = await openDrill(context);
    expect(await page.locator('.drill .notice').first().textContent()).toMatch(/isn’t letting this site save data.*your practice notes will not be saved/);
    await page.getByLabel('How many').selectOption('3');
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    await page.getByLabel('Your notes').fill('kept in memory');
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await page.getByLabel('Okay', { exact: true }).check();
    expect(await page.getByLabel('Your notes').inputValue()).toBe('kept in memory');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  it('explains the drill and lists the questions', async () => {
    const { context } = await browser.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/practice/');
    expect(await page.locator('.no-js-only').isVisible()).toBe(true);
    expect(await page.locator('.no-js-only').textContent()).toMatch(/needs JavaScript/);
    expect(await page.locator('.drill-host').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'How the drill works' }).isVisible()).toBe(true);
    const links = await page.locator('.drill-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(built.questions.length);
    expect(links).toContain('/questions/salary/what-salary-are-you-looking-for/');
    await context.close();
  });
});
