import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './helpers/fixture.ts';

/**
 * What job seekers type, as keywords and as whole questions, and the page that must come up in the
 * top three. Run on the real built site through the search page, so it measures what a reader sees:
 * Pagefind's index, the query layer (stop words, vocabulary from content/search/, the broadened merge)
 * and the weights and filters the layouts set.
 */
const RELEVANCE: { query: string; expect: string }[] = [
  // Being reachable
  { query: 'missed call', expect: '/guides/be-reachable/' },
  { query: 'they called and I missed it', expect: '/guides/be-reachable/' },
  { query: 'how do I call them back', expect: '/guides/be-reachable/' },
  { query: 'voicemail greeting', expect: '/guides/be-reachable/' },
  { query: 'what should my voicemail say', expect: '/guides/be-reachable/' },
  // Who calls, and why
  { query: 'who will call me', expect: '/guides/who-calls-you/' },
  { query: 'why do companies do phone screens', expect: '/guides/why-employers-phone-screen/' },
  // Setting up
  { query: 'what do I need for the call', expect: '/guides/set-up-for-the-call/' },
  { query: 'the call dropped', expect: '/guides/set-up-for-the-call/' },
  // During the call
  { query: 'tell me about yourself', expect: '/guides/tell-me-about-yourself/' },
  { query: 'how do I introduce myself', expect: '/guides/tell-me-about-yourself/' },
  { query: 'I talk too fast and ramble', expect: '/guides/sounding-clear-on-the-phone/' },
  { query: 'walk me through your resume', expect: '/questions/details/walk-me-through-your-resume/' },
  { query: 'what do I say about a gap in my resume', expect: '/guides/walk-through-your-resume/' },
  { query: 'why did you leave your last job', expect: '/questions/details/why-did-you-leave-your-last-job/' },
  { query: 'technical questions', expect: '/guides/technical-questions-by-phone/' },
  { query: "what if I don't know the answer", expect: '/guides/technical-questions-by-phone/' },
  { query: 'start date', expect: '/guides/availability-and-start-date/' },
  { query: 'when can you start', expect: '/guides/availability-and-start-date/' },
  { query: 'notice period', expect: '/guides/availability-and-start-date/' },
  { query: 'why do you want to work here', expect: '/questions/interest/why-do-you-want-to-work-here/' },
  { query: 'why this company', expect: '/guides/why-this-company-and-your-goals/' },
  { query: 'where do you see yourself in five years', expect: '/questions/interest/where-do-you-see-yourself-in-five-years/' },
  { query: 'do you prefer remote work', expect: '/guides/fit-and-work-environment/' },
  { query: 'salary', expect: '/guides/salary-expectations/' },
  { query: 'what salary should I ask for', expect: '/guides/salary-expectations/' },
  { query: 'how much money should I ask for', expect: '/guides/salary-expectations/' },
  { query: 'they asked how much I make now', expect: '/guides/salary-expectations/' },
  { query: 'questions to ask the recruiter', expect: '/guides/questions-to-ask-and-closing/' },
  { query: 'how do I end the call', expect: '/guides/questions-to-ask-and-closing/' },
  // After the call
  { query: 'thank you email', expect: '/guides/after-the-call/' },
  { query: 'should I send a thank you note', expect: '/guides/after-the-call/' },
  { query: "they haven't gotten back to me", expect: '/guides/after-the-call/' },
  { query: "I'm nervous", expect: '/guides/nerves-and-rejection/' },
  { query: "I didn't get the job", expect: '/guides/nerves-and-rejection/' },
];

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  const { context } = await browser.context();
  page = await context.newPage();
});

/** The result pages the search page shows for a query, in order, as paths. */
async function topResults(query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /results? for|No results/.test(document.querySelector('[data-search-page] [role="status"]')?.textContent ?? ''));
  return page.$$eval('[data-search-page] [role="option"]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search relevance: what job seekers type', () => {
  it('has at least 25 queries', () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(RELEVANCE)('"$query" → $expect in the top 3', async ({ query, expect: wanted }) => {
    const results = await topResults(query);
    expect(results.slice(0, 3), `top results: ${results.slice(0, 5).join(', ') || 'none'}`).toContain(wanted);
  });
});
