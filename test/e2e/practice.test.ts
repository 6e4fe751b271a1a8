import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage, type PageProblems } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { makeStorageThrow } from './helpers/storage.ts';
import { DIST } from './helpers/site.ts';
import { selectQuestions } from '../../src/lib/practice/select.ts';
import { PracticeDataSchema, type PracticeData, type PracticeQuestion } from '../../src/lib/practice/data.ts';
import { PRACTICE_STORAGE_KEY } from '../../src/lib/practice/record.ts';

const browser = useBrowser();

/** The bank exactly as the site built it. */
const built: PracticeData = PracticeDataSchema.parse(JSON.parse(readFileSync(`${DIST}/practice/questions.json`, 'utf8')));

/**
 * A fixed bank of three salary questions served in place of the built one, so the end-to-end drill has
 * known prompts and targets whatever the content holds (the committed bank may have a single question).
 * The page, its scripts and the rest of the data are the real build.
 */
const salaryQuestion = (slug: string, prompt: string, targetSeconds: number): PracticeQuestion => ({
  id: `salary/${slug}`,
  href: `/questions/salary/${slug}/`,
  prompt,
  purpose: 'salary',
  roles: ['any'],
  difficulty: 'medium',
  targetSeconds,
  strongPoints: [`Strong point A for ${slug}`, `Strong point B for ${slug}`, `Strong point C for ${slug}`],
  followUps: [],
  sample: `"A sample answer for ${slug}."`,
});
const fixture: PracticeData = {
  ...built,
  questions: [
    salaryQuestion('range-question', 'What salary range are you after?', 45),
    salaryQuestion('history-question', 'What are you making in your current job?', 30),
    salaryQuestion('flex-question', 'Is your number flexible at all?', 40),
  ],
};
const SEED = 7;
const order = selectQuestions(fixture.questions, { mode: 'purpose', track: 'any', purpose: 'salary', seed: SEED, count: 3 }).map((i) => i.question);

/** A page on the drill with Playwright's clock installed and the fixture bank served, hydrated and ready. */
async function openDrill(context: BrowserContext, query = `?purpose=salary&seed=${SEED}`): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.clock.install({ time: new Date('2026-05-10T15:00:00.000Z') });
  await page.route('**/practice/questions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(fixture) }));
  await page.goto(`/practice/${query}`);
  await hydrated(page);
  return { page, problems };
}

/** Waits until the island has hydrated and read storage (the saved-notes panel says what it found). */
async function hydrated(page: Page) {
  await page.locator('astro-island:not([ssr])').waitFor();
  await page.locator('.drill-saved > p', { hasText: /Nothing saved yet|saved in this browser/ }).waitFor();
}

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

const heading = (page: Page) => page.locator('#drill-prompt');
const clock = (page: Page) => page.locator('[role="timer"]');
const status = (page: Page) => page.locator('.drill-question [role="status"]');

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
    await eventually(() => page.getByLabel('Drill one purpose').isChecked()).toBe(true);
    await page.getByLabel('How many').selectOption('3');
    await settle(page);
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);

    // Question 1: Space starts the timer; Playwright's clock moves time on without waiting.
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    await eventually(() => page.locator('.drill-question .meta').first().textContent()).toContain('Question 1 of 3');
    await eventually(async () => (await settle(page), page.evaluate(() => document.activeElement?.id))).toBe('drill-prompt');
    await page.keyboard.press(' ');
    await settle(page);
    await eventually(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.clock.runFor(65_000);
    await eventually(() => clock(page).textContent()).toMatch(/^Time: 1:05/);
    // Gently over the target, and screen readers hear the last milestone, not every second.
    const target = order[0]!.targetSeconds;
    await eventually(() => page.locator('.drill-gentle').textContent()).toMatch(/You're past the .* mark/);
    await eventually(() => status(page).textContent()).toMatch(/over your target|that's your target/);
    await eventually(() => clock(page).getAttribute('class')).toContain('drill-over');

    // Notes: typing R or N in the notes box types, it doesn't reveal or skip.
    const notes = page.getByLabel('Your notes');
    await notes.fill('- say the range from BLS data\n');
    await settle(page);
    await notes.press('R');
    await settle(page);
    await notes.press('n');
    await settle(page);
    await eventually(() => notes.inputValue()).toBe('- say the range from BLS data\nRn');
    await eventually(() => page.getByRole('button', { name: 'Check my answer' }).count()).toBe(1);
    await notes.fill('- say the range from BLS data\n- ask their budget');
    await settle(page);

    // R (outside the notes box) reveals: timer stops, self-check list and sample answer appear.
    await heading(page).focus();
    await settle(page);
    await page.keyboard.press('r');
    await settle(page);
    await eventually(() => page.locator('.drill-checks li').count()).toBe(3);
    await eventually(() => page.locator('.drill-checks').textContent()).toContain(order[0]!.strongPoints[0]);
    await eventually(() => page.locator('.drill-sample').textContent()).toBe(order[0]!.sample!.replace(/\n\n/g, ''));
    await eventually(() => status(page).textContent()).toContain('Timer stopped at 1 minute 5 seconds');
    await page.clock.runFor(10_000);
    await eventually(() => clock(page).textContent()).toMatch(/^Time: 1:05/);
    expect(await axeOnRunningClock(page)).toEqual([]);
    await page.getByLabel('Needs work', { exact: true }).check();
    await settle(page);
    await page.keyboard.press('n');
    await settle(page);

    // Question 2: by button; 20 seconds, rated strong.
    await eventually(() => heading(page).textContent()).toBe(`“${order[1]!.prompt}”`);
    await eventually(() => clock(page).textContent()).toMatch(/^Time: 0:00/);
    await page.getByRole('button', { name: 'Start timer' }).click();
    await settle(page);
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await settle(page);
    await page.clock.runFor(30_000);
    await eventually(() => clock(page).textContent()).toMatch(/^Time: 0:20/);
    await eventually(() => page.locator('.drill-gentle').count()).toBe(0);
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
    await eventually(() => page.locator('.drill-summary > p').first().textContent()).toBe('1 strong, 1 okay, 1 need work.');
    const rows = await page.locator('.drill-summary tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(order[0]!.prompt);
    expect(rows[0]).toMatch(new RegExp(`1:05 of 0:${target}: over target.*Needs work`));
    expect(rows[1]).toMatch(/0:20 of 0:\d\d: on target.*Strong/);
    expect(rows[2]).toMatch(/—.*not timed.*Okay/);
    // Salary needs work: the summary links to the salary hub (and its guides, once written).
    const help = page.locator('.drill-help li');
    await eventually(() => help.count()).toBe(1);
    await eventually(() => help.textContent()).toMatch(/^Salary/);
    await eventually(() => help.locator('a').first().getAttribute('href')).toBe('/questions/salary/');
    await eventually(() => page.getByRole('button', { name: 'Practise the 1 that need work' }).count()).toBe(1);
    expect(await axeOnRunningClock(page)).toEqual([]);

    // "Practise the 1 that need work" starts a drill of just that question.
    await page.getByRole('button', { name: 'Practise the 1 that need work' }).click();
    await settle(page);
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    await eventually(() => page.locator('.drill-question .meta').first().textContent()).toContain('Question 1 of 1');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    // The clock belongs to the browser context: let it run again for the next pages.
    await page.clock.resume();
    await page.close();
  });

  it('keeps notes, ratings and times across a reload', async () => {
    const { page } = await openDrill(context);
    await eventually(() => page.locator('.drill-saved > p').first().textContent()).toBe('Notes or ratings for 3 questions are saved in this browser.');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY))!);
    expect(stored.answers[order[0]!.id]).toMatchObject({ notes: '- say the range from BLS data\n- ask their budget', rating: 'needs-work', seconds: 65 });
    expect(stored.answers[order[1]!.id]).toMatchObject({ rating: 'strong', seconds: 20 });
    expect(stored.preferences).toEqual({ track: 'any', speak: false });

    await page.getByLabel('How many').selectOption('3');
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    await eventually(() => page.getByLabel('Your notes').inputValue()).toBe('- say the range from BLS data\n- ask their budget');
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await eventually(() => page.locator('.drill-reveal .hint').textContent()).toContain('Last time you rated this one “Needs work”');
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
    await eventually(() => page.locator('.drill-saved [role="status"]').textContent()).toMatch(/isn't a practice export from this site .*Nothing was changed/);
    await eventually(() => page.locator('.drill-saved [role="status"]').getAttribute('class')).toBe('error-text');
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY)).toBe(before);

    // Clear needs a confirmation; "Keep them" keeps them.
    await page.getByRole('button', { name: 'Clear all notes…' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep them');
    await page.getByRole('button', { name: 'Keep them' }).click();
    await eventually(() => page.evaluate((key) => localStorage.getItem(key), PRACTICE_STORAGE_KEY)).toBe(before);
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
    await eventually(() => page.getByRole('button', { name: /^Start/ }).textContent()).toBe(`Start: ${expected.length} question${expected.length === 1 ? '' : 's'}`);
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${expected[0]!.question.prompt}”`);
    await eventually(() => page.locator('.drill-question .meta').first().textContent()).toContain(`Question 1 of ${expected.length} · ${expected[0]!.beat!.label}`);
    // Every question's sample answer came from its <StrongAnswer> in the bank.
    expect(built.questions.every((q) => q.sample === null || !/[<>]/.test(q.sample))).toBe(true);
    expect(built.questions.find((q) => q.id === 'salary/what-salary-are-you-looking-for')?.sample).toMatch(/^"From what I've seen/);
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
    await eventually(() => page.locator('.drill .notice').first().textContent()).toMatch(/isn't letting this site save data.*your practice notes will not be saved/);
    await page.getByLabel('How many').selectOption('3');
    await page.getByRole('button', { name: /^Start/ }).click();
    await eventually(() => heading(page).textContent()).toBe(`“${order[0]!.prompt}”`);
    await page.getByLabel('Your notes').fill('kept in memory');
    await page.getByRole('button', { name: 'Check my answer' }).click();
    await page.getByLabel('Okay', { exact: true }).check();
    await eventually(() => page.getByLabel('Your notes').inputValue()).toBe('kept in memory');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

describe('with JavaScript off', () => {
  it('explains the drill and lists the questions', async () => {
    const { context } = await browser.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/practice/');
    await eventually(() => page.locator('.no-js-only').isVisible()).toBe(true);
    await eventually(() => page.locator('.no-js-only').textContent()).toMatch(/needs JavaScript/);
    await eventually(() => page.locator('.drill-host').isVisible()).toBe(false);
    await eventually(() => page.getByRole('heading', { name: 'How the drill works' }).isVisible()).toBe(true);
    const links = await page.locator('.drill-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(built.questions.length);
    expect(links).toContain('/questions/salary/what-salary-are-you-looking-for/');
    await context.close();
  });
});
