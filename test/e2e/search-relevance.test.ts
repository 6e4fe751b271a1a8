import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './helpers/fixture.ts';

/**
 * What job seekers type, as keywords and as whole questions, and the page that must come up in the
 * top three. Run on the real built site through the search page's box, so it measures what a reader sees:
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
  { query: "they haven't gotten back to me", expect: '/guides/what-happens-next/' },
  { query: "I'm nervous", expect: '/guides/nerves-and-rejection/' },
  { query: "I didn't get the job", expect: '/guides/nerves-and-rejection/' },

  // Questions every screen asks (issue 12)
  { query: 'greatest weakness', expect: '/questions/fit/what-is-your-greatest-weakness/' },
  { query: "what's your biggest weakness", expect: '/questions/fit/what-is-your-greatest-weakness/' },
  { query: 'what is your greatest strength', expect: '/questions/qualifications/what-is-your-greatest-strength/' },
  { query: 'why should we hire you', expect: '/questions/qualifications/why-should-we-hire-you/' },
  { query: 'why did you leave before you had another job', expect: '/questions/details/why-did-you-leave-without-another-job-lined-up/' },
  { query: 'what other roles are you applying for', expect: '/questions/interest/what-other-roles-are-you-applying-for/' },
  { query: 'would you relocate', expect: '/questions/details/are-you-local-or-would-you-relocate/' },
  { query: 'the job is fully remote', expect: '/questions/fit/this-role-is-fully-remote/' },
  { query: 'how much notice do you need to give', expect: '/questions/interest/how-much-notice-do-you-need-to-give/' },
  { query: 'will you keep freelancing', expect: '/questions/interest/would-you-keep-freelancing/' },
  { query: 'the posting says 55,000 to 65,000, does that work for you', expect: '/questions/salary/the-posting-says-a-salary-range/' },
  { query: 'what did you make on your last contract', expect: '/questions/salary/what-did-you-make-on-your-last-contract/' },
  { query: 'are you open to contract to hire', expect: '/questions/interest/open-to-contract-to-hire/' },
  { query: 'how did you hear about this job', expect: '/questions/details/how-did-you-hear-about-this-job/' },
  { query: 'background check', expect: '/questions/details/can-you-pass-a-background-check/' },
  { query: 'tell me about a mistake you made', expect: '/questions/communication/tell-me-about-a-mistake-you-made/' },
  { query: 'how do you handle criticism', expect: '/questions/communication/how-do-you-handle-feedback/' },
  // By track: support and IT, developer, data, security
  { query: 'printer not working for anyone', expect: '/questions/qualifications/a-printer-wont-print-for-anyone/' },
  { query: 'how do you prioritize tickets', expect: '/questions/qualifications/how-do-you-prioritize-tickets/' },
  { query: "walk a user through a fix when you can't see their screen", expect: '/questions/communication/guide-a-user-through-a-fix-by-phone/' },
  { query: 'how do you debug your code', expect: '/questions/qualifications/how-do-you-debug/' },
  { query: 'code review feedback', expect: '/questions/communication/giving-feedback-in-a-code-review/' },
  { query: 'do you have a github portfolio', expect: '/questions/details/do-you-have-a-portfolio-or-github/' },
  { query: 'find duplicate rows in sql', expect: '/questions/qualifications/find-duplicate-rows-in-sql/' },
  { query: 'explain a dashboard you built', expect: '/questions/communication/walk-me-through-a-dashboard-you-built/' },
  { query: 'a user reported a phishing email', expect: '/questions/qualifications/an-employee-forwards-a-suspicious-email/' },
  { query: 'security incident you handled', expect: '/questions/qualifications/a-security-incident-you-handled/' },
  { query: 'secure a new laptop', expect: '/questions/qualifications/secure-a-new-laptop/' },

  // Misspellings of the site's main words, found through "did you mean"
  { query: 'salery', expect: '/guides/salary-expectations/' },
  { query: 'what salery should I ask for', expect: '/guides/salary-expectations/' },
  { query: 'who is the recruter', expect: '/guides/who-calls-you/' },
  { query: 'greatest weekness', expect: '/questions/fit/what-is-your-greatest-weakness/' },
  { query: 'voicemial greeting', expect: '/guides/be-reachable/' },

  // The seven guides issue 12 adds (written in another branch: these rows pass once it is merged)
  { query: 'recruiter from a staffing agency', expect: '/guides/staffing-agencies-and-contract-roles/' },
  { query: 'W-2 or 1099 contract', expect: '/guides/staffing-agencies-and-contract-roles/' },
  { query: 'headhunter', expect: '/guides/staffing-agencies-and-contract-roles/' },
  { query: 'recorded video interview', expect: '/guides/one-way-video-and-ai-screens/' },
  { query: 'AI screening bot', expect: '/guides/one-way-video-and-ai-screens/' },
  { query: 'zoom interview', expect: '/guides/video-screens/' },
  { query: 'sharing my screen on Teams', expect: '/guides/video-screens/' },
  { query: 'they never called back', expect: '/guides/what-happens-next/' },
  { query: 'how do I negotiate the offer', expect: '/guides/what-happens-next/' },
  { query: 'second interview', expect: '/guides/what-happens-next/' },
  { query: 'the posting lists a salary range', expect: '/guides/pay-ranges-and-transparency-laws/' },
  { query: 'pay transparency laws', expect: '/guides/pay-ranges-and-transparency-laws/' },
  { query: 'quick technical questions about DNS and DHCP', expect: '/guides/quick-fire-technical-questions/' },
  { query: 'common ports', expect: '/guides/quick-fire-technical-questions/' },
  { query: 'is this recruiter a scam', expect: '/guides/spotting-recruiter-scams/' },
  { query: 'fake job offer', expect: '/guides/spotting-recruiter-scams/' },
  { query: 'intervew on zoom', expect: '/guides/video-screens/' },
];

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  const { context } = await browser.context();
  page = await context.newPage();
  // The first query arrives through the address, as from a bookmark; the rest are typed into the same box.
  await page.goto(`/search/?q=${encodeURIComponent(RELEVANCE[0]!.query)}`);
});

/**
 * The result pages the search page shows for a query, in order, as paths: typed into the search box the way a reader
 * refines a search, once the status line names this query (so the results are this query's, not the last one's).
 */
async function topResults(query: string): Promise<string[]> {
  const input = page.locator('[data-search-page] input[type="search"]');
  if ((await input.inputValue()) !== query) await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-search-page] [role="status"]')?.textContent ?? '';
      return /results? for|No results/.test(status) && status.includes(`“${q}”`);
    },
    query.trim(),
    { polling: 50 },
  );
  return page.$$eval('[data-search-page] [role="option"]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search relevance: what job seekers type', () => {
  it('has at least 60 queries, three or more of them misspelled', () => {
    expect(RELEVANCE.length).toBeGreaterThanOrEqual(60);
    expect(RELEVANCE.filter(({ query }) => /salery|recruter|intervew|weekness|voicemial/.test(query)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(RELEVANCE)('"$query" → $expect in the top 3', async ({ query, expect: wanted }) => {
    const results = await topResults(query);
    expect(results.slice(0, 3), `top results: ${results.slice(0, 5).join(', ') || 'none'}`).toContain(wanted);
  });
});
