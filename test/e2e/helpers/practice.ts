/** The practice drill's shared test setup: a fixed bank of three salary questions and a page opened on it. */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { watchPage, type PageProblems } from './page-watch.ts';
import { DIST } from './site.ts';
import { selectQuestions } from '../../../src/lib/practice/select.ts';
import { PracticeDataSchema, type PracticeData, type PracticeQuestion } from '../../../src/lib/practice/data.ts';

export { eventually } from './fixture.ts';

/** The bank exactly as the site built it. */
export const built: PracticeData = PracticeDataSchema.parse(JSON.parse(readFileSync(`${DIST}/practice/questions.json`, 'utf8')));

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
export const fixture: PracticeData = {
  ...built,
  questions: [
    salaryQuestion('range-question', 'What salary range are you after?', 45),
    salaryQuestion('history-question', 'What are you making in your current job?', 30),
    salaryQuestion('flex-question', 'Is your number flexible at all?', 40),
  ],
};
export const SEED = 7;
/** The fixture's questions in the order the drill asks them with SEED. */
export const order = selectQuestions(fixture.questions, { mode: 'purpose', track: 'any', purpose: 'salary', seed: SEED, count: 3 }).map((i) => i.question);

/** Waits until the island has hydrated and read storage (the saved-notes panel says what it found). */
export async function hydrated(page: Page) {
  await page.locator('[data-island][data-hydrated]').waitFor({ state: 'attached' });
  await page.locator('.drill-saved > p', { hasText: /Nothing saved yet|saved in this browser/ }).waitFor();
}

/**
 * A page on the drill with the fixture bank served, hydrated and ready. With `clock` (the default) Playwright's
 * clock is installed so tests decide the time; recording tests leave it out, since it would stop the
 * loudness readings that run on real timers.
 */
export async function openDrill(
  context: BrowserContext,
  { query = `?purpose=salary&seed=${SEED}`, clock = true } = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems = watchPage(page);
  if (clock) await page.clock.install({ time: new Date('2026-05-10T15:00:00.000Z') });
  await page.route('**/practice/questions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(fixture) }));
  await page.goto(`/practice/${query}`);
  await hydrated(page);
  return { page, problems };
}

/** The question heading. */
export const heading = (page: Page) => page.locator('#drill-prompt');
