import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, BrowserContextOptions } from 'playwright-core';
import { makeStorageThrow } from './helpers/storage.ts';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage, type PageProblems } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { measurePage, ready } from './helpers/page-weight.ts';
import { DIST } from './helpers/site.ts';
import { BUDGETS } from './helpers/budgets.ts';
import { countJavaScript, expectNoBadText, fieldId, readRange, typeAll, typeInto } from './helpers/salary.ts';

const STORAGE_KEY = 'psg:salary:v1';
const browser = useBrowser();

/** A fresh context and the calculator page, with problems recorded. */
async function openCalculator(options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const { context } = await browser.context(options);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto('/salary/', { waitUntil: 'networkidle' });
  // The calculator hydrates once the page has painted; wait until it answers input.
  await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
  return { context, page, problems };
}

function expectNoProblems(problems: PageProblems) {
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.failedRequests, 'failed requests').toEqual([]);
}

describe('the salary calculator', () => {
  it('works out worked example A as you type, with the script and the math', async () => {
    const { context, page, problems } = await openCalculator();
    await eventually(() => page.locator('.salary-results').innerText()).toContain('Fill in your monthly essential costs and tax rate');

    await typeAll(page, { monthlyCosts: '2,000', taxRate: '20' });
    // $2,000 × 12 = $24,000 ÷ 0.8 = $30,000 floor; entry band $47,580–$60,340, middle $53,960 → $54,000 to $61,000.
    await eventually(() => readRange(page)).toBe('$54,000 to $61,000');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$30,000 a year');
    const script = await page.locator('#salary-script').innerText();
    expect(script).toContain('I’m looking for $54,000 to $61,000 a year');
    expect(script).not.toContain('$30,000');

    const math = page.locator('details.math');
    await eventually(() => math.locator('ol').isVisible()).toBe(false);
    await math.locator('summary').click();
    const working = await math.innerText();
    expect(working).toContain('$2,000 a month × 12 = $24,000');
    expect(working).toContain('$24,000 ÷ (1 − 20 %) = $30,000');
    expect(working).toContain('Halfway between is $53,960 a year');
    expect(working).toContain('$61,000 a year');

    // Enter (or "See my range") takes you to the results.
    await page.locator(fieldId('taxRate')).press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('salary-results-heading');

    // The results update as you type: more costs move the floor past the market's middle.
    await typeInto(page, 'monthlyCosts', '4000');
    // $4,000 × 12 = $48,000 ÷ 0.8 = $60,000 > $53,960 → bottom $60,000, top + 12.5 % = $7,500 → $68,000 (nearest $1,000, halves up).
    await eventually(() => readRange(page)).toBe('$60,000 to $68,000');
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('works out worked example B: another job, level, local adjustment, savings, and a lowball warning', async () => {
    const { context, page, problems } = await openCalculator();
    await page.locator(fieldId('occupation')).selectOption({ label: 'Software Developers' });
    await page.getByRole('radio', { name: 'Mid' }).check();
    await typeAll(page, { adjustment: '10', monthlyCosts: '3150', taxRate: '22.5', savings: '6000', currentPay: '70000', plannedPay: '90000' });
    // Floor 37,800 ÷ 0.775 = 48,775 + 6,000 = 54,775; band +10 %: 146,388–185,900, middle 166,144 → 167,000 to 188,000.
    await eventually(() => readRange(page)).toBe('$167,000 to $188,000');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$55,000 a year');
    const lowball = page.locator('[data-warning="planned-below-p25"]');
    await eventually(() => lowball.innerText()).toContain('$90,000 a year is below what three in four people in this job earn ($113,355 a year, BLS, May 2024)');
    await eventually(() => page.locator('.salary-results').innerText()).toContain('Your range starts 139 % more than you earn now');
    await eventually(() => page.locator('#salary-script').innerText()).toContain('software developer roles in this area');
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('gives the reality check when costs outrun the market', async () => {
    const { context, page } = await openCalculator();
    await typeAll(page, { monthlyCosts: '6000', taxRate: '25' });
    // $96,000 a year floor > the 75th percentile for 15-1232, $77,010.
    await eventually(() => page.locator('[data-warning="floor-above-p75"]').innerText()).toMatch(/Reality check: your floor \(\$96,000 a year\) is above .*\$77,010 a year, BLS, May 2024/);
    await eventually(() => readRange(page)).toBe('$96,000 to $108,000');
    await context.close();
  });

  it('results, warnings, the math, the saved range and errors pass axe in the dark theme too', async () => {
    const { context, page, problems } = await openCalculator({ colorScheme: 'dark' });
    await typeAll(page, { monthlyCosts: '6000', taxRate: '25', plannedPay: '30000' });
    await readRange(page);
    await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();
    await page.locator('details.math summary').click();
    await page.locator('#salary-saved').waitFor();
    await eventually(() => page.locator('[data-warning]').count()).toBe(3);
    expect(await runAxe(page)).toEqual([]);
    await typeInto(page, 'taxRate', 'abc');
    await page.locator('.salary-results .fix').waitFor();
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('switches between yearly and hourly pay, converting what you typed and back', async () => {
    const { context, page } = await openCalculator();
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20', plannedPay: '35000' });
    await eventually(() => readRange(page)).toBe('$54,000 to $61,000');

    await page.getByRole('radio', { name: 'An hour' }).check();
    // Hourly: band $22.88–$29.01, middle $25.95 → bottom $26.00; + 12.5 % = $3.25 → $3.50 → $29.50. Floor $30,000 ÷ 2,080 = $14.43 (up) → walk away $14.50.
    await eventually(() => readRange(page)).toBe('$26.00 to $29.50');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$14.50 an hour');
    // $35,000 ÷ 2,080 = $16.83 an hour.
    await eventually(() => page.locator(fieldId('plannedPay')).inputValue()).toBe('16.83');
    await eventually(() => page.locator('label[for="salary-plannedPay"]').innerText()).toContain('dollars an hour');
    await eventually(() => page.locator('#salary-script').innerText()).toContain('$26.00 to $29.50 an hour');
    await eventually(() => page.locator('.salary-results').innerText()).toContain('about $22.88 to $29.01 an hour');

    await page.getByRole('radio', { name: 'A year' }).check();
    await eventually(() => page.locator(fieldId('plannedPay')).inputValue()).toBe('35000');
    await eventually(() => readRange(page)).toBe('$54,000 to $61,000');
    await expectNoBadText(page);
    await context.close();
  });
});

describe('bad input', () => {
  const cases: { name: string; values: Record<string, string>; field: string; message: RegExp; ownFigures?: boolean; after?: (page: Page) => Promise<void> }[] = [
    { name: 'empty costs', values: { monthlyCosts: '2000', taxRate: '20' }, field: 'monthlyCosts', message: /Enter what you must spend each month/, after: (page) => typeInto(page, 'monthlyCosts', '') },
    { name: 'negative costs', values: { monthlyCosts: '-2000', taxRate: '20' }, field: 'monthlyCosts', message: /can’t be less than zero/ },
    { name: 'non-numeric costs', values: { monthlyCosts: 'lots', taxRate: '20' }, field: 'monthlyCosts', message: /Use digits only/ },
    { name: '1e309', values: { monthlyCosts: '1e309', taxRate: '20' }, field: 'monthlyCosts', message: /more than \$10,000,000 a year/ },
    { name: 'pay over $10,000,000 a year', values: { monthlyCosts: '2000', taxRate: '20', currentPay: '12,000,000' }, field: 'currentPay', message: /more than \$10,000,000 a year/ },
    { name: 'tax of 100 %', values: { monthlyCosts: '2000', taxRate: '100' }, field: 'taxRate', message: /must be below 100 %/ },
    { name: 'a negative savings target', values: { monthlyCosts: '2000', taxRate: '20', savings: '-50' }, field: 'savings', message: /can’t be less than zero/ },
    {
      name: 'own percentiles out of order',
      values: { monthlyCosts: '2000', taxRate: '20', ownP25: '50000', ownP50: '45000', ownP75: '60000', ownP90: '70000' },
      field: 'ownP50',
      message: /can’t be lower than the 25th percentile \(\$50,000\)/,
      ownFigures: true,
    },
  ];

  it.each(cases)('$name: a message next to the field, aria-invalid, and the results say what to fix', async ({ values, field, message, ownFigures, after }) => {
    const { context, page, problems } = await openCalculator();
    if (ownFigures) await page.getByLabel('Use my own pay figures instead').check();
    await typeAll(page, values);
    if (after) await after(page);

    const input = page.locator(fieldId(field));
    await eventually(() => input.getAttribute('aria-invalid')).toBe('true');
    const error = page.locator(`#salary-${field}-error`);
    await eventually(() => error.innerText()).toMatch(message);
    // The message is tied to its field and sits right after it.
    await eventually(() => input.getAttribute('aria-describedby')).toContain(`salary-${field}-error`);
    await eventually(() => input.evaluate((el) => el.nextElementSibling?.id)).toBe(`salary-${field}-error`);

    const fix = page.locator('.salary-results .fix');
    await eventually(() => fix.innerText()).toMatch(message);
    await eventually(() => fix.locator(`a[href="#salary-${field}"]`).count()).toBe(1);
    await eventually(() => page.locator('.salary-results [data-range]').count()).toBe(0);
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);

    // The link in the results takes you to the field.
    await fix.locator(`a[href="#salary-${field}"]`).click();
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe(`salary-${field}`);
    expectNoProblems(problems);
    await context.close();
  });

  it('clears the error once the field is fixed', async () => {
    const { context, page } = await openCalculator();
    await typeAll(page, { monthlyCosts: 'abc', taxRate: '20' });
    await eventually(() => page.locator(fieldId('monthlyCosts')).getAttribute('aria-invalid')).toBe('true');
    await typeInto(page, 'monthlyCosts', '2000');
    await eventually(() => page.locator(fieldId('monthlyCosts')).getAttribute('aria-invalid')).toBeNull();
    await eventually(() => page.locator('#salary-monthlyCosts-error').count()).toBe(0);
    await eventually(() => readRange(page)).toBe('$54,000 to $61,000');
    await context.close();
  });
});

describe('saving the range for the prep sheet', () => {
  it('saves the range, keeps it after a reload, and removes it on request', async () => {
    const { context, page, problems } = await openCalculator();
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
    await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();
    await eventually(() => page.locator('.salary-results .status').innerText()).toContain('Saved for your prep sheet');

    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null');
    expect(stored).toMatchObject({
      version: 1,
      range: { unit: 'year', low: 54_000, high: 61_000, walkAway: 30_000, occupationSoc: '15-1232', occupationTitle: 'Computer User Support Specialists', period: 'May 2024' },
    });

    await page.reload({ waitUntil: 'networkidle' });
    const saved = page.locator('#salary-saved');
    await saved.waitFor();
    await eventually(() => saved.innerText()).toMatch(/\$54,000 to \$61,000 a year\. Walk away below \$30,000 a year\./);
    await eventually(() => saved.innerText()).toContain('Computer User Support Specialists, May 2024 figures');
    await eventually(() => saved.locator('a').getAttribute('href')).toBe('/prep/');

    await saved.getByRole('button', { name: 'Remove saved range' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator('#salary-saved').count()).toBe(0);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? 'null')).toEqual({ version: 1, range: null });
    expectNoProblems(problems);
    await context.close();
  });

  it('still works when storage throws, and says the range will not be kept', async () => {
    const { context } = await browser.context();
    await makeStorageThrow(context);
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator('.salary-results .notice[role="status"]').innerText()).toContain('isn\'t letting this site save data');
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
    await eventually(() => readRange(page)).toBe('$54,000 to $61,000');
    await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();
    // Kept in memory for this tab.
    await eventually(() => page.locator('#salary-saved').innerText()).toContain('$54,000 to $61,000 a year');
    await expectNoBadText(page);
    expectNoProblems(problems);
    await context.close();
  });

  it('backs up a corrupt saved range, says so, and starts fresh', async () => {
    const { context } = await browser.context();
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"range":{"low":"lots"');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    const page = await context.newPage();
    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator('.salary-results .notice[role="status"]').innerText()).toContain('We couldn\'t read your saved range');
    const backups = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k)), STORAGE_KEY);
    expect(backups).toEqual(['{"version":1,"range":{"low":"lots"']);
    await context.close();
  });
});

describe('copying the script', () => {
  it('copies the script to the clipboard', async () => {
    const { context, page } = await openCalculator({ permissions: ['clipboard-write'] });
    // The site's Permissions-Policy denies clipboard-read, so record what the real writeText is given instead.
    await page.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = async (text: string) => {
        await write(text);
        (window as unknown as { copied: string }).copied = text;
      };
    });
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
    await readRange(page);
    await page.getByRole('button', { name: 'Copy the script' }).click();
    await eventually(() => page.locator('.salary-results .status').innerText()).toContain('Copied');
    const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied);
    expect(copied).toBe(await page.locator('#salary-script').innerText());
    await context.close();
  });

  it('selects the script when the clipboard is refused', async () => {
    const { context, page, problems } = await openCalculator();
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
    await readRange(page);
    await page.getByRole('button', { name: 'Copy the script' }).click();
    await eventually(() => page.locator('.salary-results .status').innerText()).toContain('the script is selected');
    await eventually(() => page.evaluate(() => window.getSelection()?.toString())).toBe(await page.locator('#salary-script').innerText());
    expectNoProblems(problems);
    await context.close();
  });
});

describe('the page', () => {
  it('explains the method, shows the BLS table with its source and period, and links the guide, with JavaScript off', async () => {
    const { context } = await browser.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/salary/');
    const method = page.locator('#how-it-works').locator('..');
    await eventually(() => method.isVisible()).toBe(true);
    await eventually(() => method.innerText()).toMatch(/Find your floor[\s\S]*Look up the market[\s\S]*Pick your target[\s\S]*Set the range to say[\s\S]*walk-away number/);
    // The worked example, computed by the calculator's own code at build time.
    await eventually(() => method.innerText()).toContain('Range to say: $54,000 to $61,000 a year');

    const table = page.locator('table#wage-table');
    await eventually(() => table.isVisible()).toBe(true);
    await eventually(() => table.locator('caption').innerText()).toContain('(BLS, May 2024)');
    await eventually(() => table.locator('tbody tr:not(.group)').count()).toBe(11);
    const developers = table.locator('tr', { hasText: 'Software Developers' });
    await eventually(() => developers.innerText()).toMatch(/\$79,850\s+\$103,050\s+\$133,080\s+\$169,000\s+\$211,450\s+\$144,570\s+\$63\.98\s+1,654,440/);
    await eventually(() => page.locator('main').innerText()).toContain('published 2 April 2025');
    await eventually(() => page.locator('main a[href="https://www.bls.gov/oes/tables.htm"]').count()).toBe(1);

    // The caveats from the research.
    const caveats = await page.locator('#caveats').locator('..').innerText();
    for (const caveat of ['national figures', 'wages only', 'Entry-level pay usually sits toward the lower percentiles', 'May 2024']) expect(caveats).toContain(caveat);

    await eventually(() => page.locator('main a[href="/guides/salary-expectations/"]').count()).toBeGreaterThan(0);
    // The dead form is hidden and a note points to the method instead.
    await eventually(() => page.locator('.salary-embed').isVisible()).toBe(false);
    await eventually(() => page.locator('main .no-js-only').innerText()).toContain('work out your range by hand');
    await context.close();
  });

  it('ships no calculator code at first render, and at page open stays inside the 16 KB island budget without the calculation code', async () => {
    // First render as the budget defines it (script tags, inline scripts, preloads, islands and their static imports):
    // the theme, the search trigger and the calculator's inline loader.
    await ready;
    const weight = measurePage(DIST, '/salary/');
    expect(weight.jsGzip, 'inline scripts are measured').toBeGreaterThan(0);
    expect(weight.jsFiles.filter((file) => /SalaryCalculator|salary-embed|preact/.test(file))).toEqual([]);
    expect(weight.jsGzip, weight.jsFiles.join(', ')).toBeLessThanOrEqual(BUDGETS.contentJs);

    const { context } = await browser.context();
    const page = await context.newPage();
    const js = countJavaScript(page);
    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    // Everything that arrives without the reader doing anything stays well short of the whole calculator.
    const pageOpen = await js.total();
    expect(js.urls.some((url) => url.includes('SalaryResults'))).toBe(false);
    expect(js.urls.some((url) => url.includes('salary-embed')), 'the calculator hydrated').toBe(true);
    expect(pageOpen, `${pageOpen} bytes: ${js.urls.join(', ')}`).toBeLessThanOrEqual(BUDGETS.islandJs);

    await typeInto(page, 'monthlyCosts', '2000');
    await eventually(() => js.urls.some((url) => url.includes('SalaryResults'))).toBe(true);
    await context.close();
  });
});
