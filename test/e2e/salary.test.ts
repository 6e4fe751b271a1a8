import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, BrowserContextOptions } from 'playwright-core';
import { makeStorageThrow } from './helpers/storage.ts';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage, type PageProblems } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { measurePage, ready } from './helpers/page-weight.ts';
import { DIST } from './helpers/site.ts';
import { BUDGETS } from './helpers/budgets.ts';
import { expectNoBadText, fieldId, readRange, typeAll, typeInto } from './helpers/salary.ts';
import { countJavaScript } from './helpers/script-bytes.ts';

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
    // $2,000 × 12 = $24,000 ÷ 0.8 = $30,000 floor; entry level aims at the 25th percentile, $47,580 → $48,000; + 12.5 % → $54,000.
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$30,000 a year');
    const script = await page.locator('#salary-script').innerText();
    expect(script).toContain('I’m looking for $48,000 to $54,000 a year');
    expect(script).not.toContain('$30,000');

    const math = page.locator('details.math');
    await eventually(() => math.locator('ol').isVisible()).toBe(false);
    await math.locator('summary').click();
    const working = await math.innerText();
    expect(working).toContain('$2,000 a month × 12 = $24,000');
    expect(working).toContain('$24,000 ÷ (1 − 20 %) = $30,000');
    expect(working).toContain('Here: the 25th percentile, $47,580 a year');
    expect(working).toContain('$54,000 a year');

    // Enter (or "See my range") takes you to the results.
    await page.locator(fieldId('taxRate')).press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('salary-results-heading');

    // The results update as you type: more costs move the floor past the market's aim.
    await typeInto(page, 'monthlyCosts', '4000');
    // $4,000 × 12 = $48,000 ÷ 0.8 = $60,000 > $47,580 → bottom $60,000, top + 12.5 % = $7,500 → $68,000 (nearest $1,000, halves up).
    await eventually(() => readRange(page)).toBe('$60,000 to $68,000');
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('works out worked example B: another job, level, the override, savings, and a lowball warning', async () => {
    const { context, page, problems } = await openCalculator();
    await page.locator(fieldId('occupation')).selectOption({ label: 'Software Developers' });
    await page.getByRole('radio', { name: 'Mid' }).check();
    await typeAll(page, { adjustment: '10', monthlyCosts: '3150', taxRate: '22.5', savings: '6000', currentPay: '70000', plannedPay: '90000' });
    // Floor 37,800 ÷ 0.775 = 48,775 + 6,000 = 54,775; +10 %: median 146,388 (mid level's aim) → 147,000; + 18,375 → 18,000 → 165,000.
    await eventually(() => readRange(page)).toBe('$147,000 to $165,000');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$55,000 a year');
    const lowball = page.locator('[data-warning="planned-below-p25"]');
    await eventually(() => lowball.innerText()).toContain(
      '$90,000 a year is below what three in four people in this job earn ($113,355 a year, BLS, May 2024)',
    );
    await eventually(() => page.locator('.salary-results').innerText()).toContain('Your range starts 110 % more than you earn now');
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
    await eventually(() => page.locator('[data-warning="floor-above-p75"]').innerText()).toMatch(
      /Reality check: your floor \(\$96,000 a year\) is above .*\$77,010 a year, BLS, May 2024/,
    );
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
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');

    await page.getByRole('radio', { name: 'An hour' }).check();
    // Hourly: aim at the 25th percentile, $22.88 → bottom $23.00; + 12.5 % = $2.875 → $3.00 → $26.00. Floor $30,000 ÷ 2,080 = $14.43 (up) → walk away $14.50.
    await eventually(() => readRange(page)).toBe('$23.00 to $26.00');
    await eventually(() => page.locator('[data-walk-away]').innerText()).toBe('$14.50 an hour');
    // $35,000 ÷ 2,080 = $16.83 an hour.
    await eventually(() => page.locator(fieldId('plannedPay')).inputValue()).toBe('16.83');
    await eventually(() => page.locator('label[for="salary-plannedPay"]').innerText()).toContain('dollars an hour');
    await eventually(() => page.locator('#salary-script').innerText()).toContain('$23.00 to $26.00 an hour');
    await eventually(() => page.locator('.salary-results').innerText()).toContain('about $22.88 to $29.01 an hour');

    await page.getByRole('radio', { name: 'A year' }).check();
    await eventually(() => page.locator(fieldId('plannedPay')).inputValue()).toBe('35000');
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');
    await expectNoBadText(page);
    await context.close();
  });
});

describe('bad input', () => {
  const cases: { name: string; values: Record<string, string>; field: string; message: RegExp; ownFigures?: boolean; after?: (page: Page) => Promise<void> }[] =
    [
      {
        name: 'empty costs',
        values: { monthlyCosts: '2000', taxRate: '20' },
        field: 'monthlyCosts',
        message: /Enter what you must spend each month/,
        after: (page) => typeInto(page, 'monthlyCosts', ''),
      },
      { name: 'negative costs', values: { monthlyCosts: '-2000', taxRate: '20' }, field: 'monthlyCosts', message: /can’t be less than zero/ },
      { name: 'non-numeric costs', values: { monthlyCosts: 'lots', taxRate: '20' }, field: 'monthlyCosts', message: /Use digits only/ },
      { name: '1e309', values: { monthlyCosts: '1e309', taxRate: '20' }, field: 'monthlyCosts', message: /more than \$10,000,000 a year/ },
      {
        name: 'pay over $10,000,000 a year',
        values: { monthlyCosts: '2000', taxRate: '20', currentPay: '12,000,000' },
        field: 'currentPay',
        message: /more than \$10,000,000 a year/,
      },
      { name: 'tax of 100 %', values: { monthlyCosts: '2000', taxRate: '100' }, field: 'taxRate', message: /must be below 100 %/ },
      {
        name: 'a negative savings target',
        values: { monthlyCosts: '2000', taxRate: '20', savings: '-50' },
        field: 'savings',
        message: /can’t be less than zero/,
      },
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
    // The rules an error state can break; the dark-theme test above runs every rule on a page full of errors.
    expect(await runAxe(page, { rules: ['aria-valid-attr-value', 'label', 'link-name', 'color-contrast'] })).toEqual([]);

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
    expect(await page.locator('#salary-monthlyCosts-error').count()).toBe(0);
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');
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
      range: {
        unit: 'year',
        low: 48_000,
        high: 54_000,
        walkAway: 30_000,
        areaCode: 'US',
        occupationSoc: '15-1232',
        occupationTitle: 'Computer User Support Specialists',
        period: 'May 2024',
      },
    });

    await page.reload({ waitUntil: 'networkidle' });
    const saved = page.locator('#salary-saved');
    await saved.waitFor();
    await eventually(() => saved.innerText()).toMatch(/\$48,000 to \$54,000 a year\. Walk away below \$30,000 a year\./);
    await eventually(() => saved.innerText()).toContain('Computer User Support Specialists, United States, national, May 2024 figures');
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
    await eventually(() => page.locator('.salary-results .notice[role="status"]').innerText()).toContain('isn’t letting this site save data');
    await typeAll(page, { monthlyCosts: '2000', taxRate: '20' });
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');
    await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();
    // Kept in memory for this tab.
    await eventually(() => page.locator('#salary-saved').innerText()).toContain('$48,000 to $54,000 a year');
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
    await eventually(() => page.locator('.salary-results .notice[role="status"]').innerText()).toContain('We couldn’t read your saved range');
    const backups = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`${key}:backup:`))
          .map((k) => localStorage.getItem(k)),
      STORAGE_KEY,
    );
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
    await eventually(() => method.innerText()).toMatch(
      /Say where the job is[\s\S]*Find your floor[\s\S]*Find where to aim[\s\S]*entry level aims at the 25th percentile[\s\S]*Pick your target[\s\S]*Set the range to say[\s\S]*posting lists a range[\s\S]*walk-away number/,
    );
    // The worked example, computed by the calculator's own code at build time.
    await eventually(() => method.innerText()).toContain('Range to say: $48,000 to $54,000 a year');
    // The same job and costs in Mississippi, from the state figures: a different range.
    await eventually(() => method.innerText()).toContain(
      'In Mississippi: the 25th percentile is $36,870 and the median $46,690 (BLS OEWS, May 2024). Range to say: $37,000 to $42,000 a year',
    );
    await eventually(() => method.innerText()).toContain('never change your range');

    const table = page.locator('table#wage-table');
    await eventually(() => table.isVisible()).toBe(true);
    await eventually(() => table.locator('caption').innerText()).toContain('(BLS, May 2024)');
    await eventually(() => table.locator('tbody tr:not(.group)').count()).toBe(11);
    const developers = table.locator('tr', { hasText: 'Software Developers' });
    await eventually(() => developers.innerText()).toMatch(/\$79,850\s+\$103,050\s+\$133,080\s+\$169,000\s+\$211,450\s+\$144,570\s+\$63\.98\s+1,654,440/);
    await eventually(() => page.locator('main').innerText()).toContain('published April 2, 2025');
    await eventually(() => page.locator('main a[href="https://www.bls.gov/oes/tables.htm"]').count()).toBe(1);

    // The caveats from the research.
    const caveats = await page.locator('#caveats').locator('..').innerText();
    for (const caveat of ['State figures', 'wages only', 'Entry-level pay usually sits toward the lower percentiles', 'May 2024'])
      expect(caveats).toContain(caveat);

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
    expect(weight.jsFiles.filter((file) => /SalaryCalculator|salary-calculator|preact/.test(file))).toEqual([]);
    expect(weight.jsGzip, weight.jsFiles.join(', ')).toBeLessThanOrEqual(BUDGETS.contentJs);

    const { context } = await browser.context();
    const page = await context.newPage();
    const js = countJavaScript(page);
    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    // Everything that arrives without the reader doing anything stays well short of the whole calculator.
    const pageOpen = await js.total();
    // The engine, results view and stored records are one chunk (src/islands/salary-engine.ts), loaded on first input.
    expect(js.urls.some((url) => url.includes('salary-engine'))).toBe(false);
    expect(
      js.urls.some((url) => url.includes('salary-calculator')),
      'the calculator hydrated',
    ).toBe(true);
    expect(pageOpen, `${pageOpen} bytes: ${js.urls.join(', ')}`).toBeLessThanOrEqual(BUDGETS.islandJs);

    await typeInto(page, 'monthlyCosts', '2000');
    await eventually(() => js.urls.some((url) => url.includes('salary-engine'))).toBe(true);
    await context.close();
  });
});

describe('salary by place', () => {
  const FORM_KEY = 'psg:salary-form:v1';

  /** Chooses a state (or national) in the picker, first on the form. */
  const choose = (page: Page, name: string) => page.locator(fieldId('area')).selectOption({ label: name });

  it('gives Mississippi and DC different ranges for the same job, with the state beside the national figure', async () => {
    const { context, page, problems } = await openCalculator();
    const stateFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/salary/data/')) stateFiles.push(new URL(request.url()).pathname);
    });
    // The picker comes first and starts on national.
    expect(await page.locator('form.salary-form select').first().getAttribute('id')).toBe('salary-area');
    expect(await page.locator(fieldId('area')).inputValue()).toBe('US');
    await typeAll(page, { monthlyCosts: '1800', taxRate: '18' });
    await eventually(() => readRange(page)).toBe('$48,000 to $54,000');
    expect(stateFiles, 'no state figures before a state is chosen').toEqual([]);

    await choose(page, 'Mississippi');
    // 25th percentile $36,870 → $37,000; + $4,625 → $5,000 → $42,000.
    await eventually(() => readRange(page)).toBe('$37,000 to $42,000');
    expect(stateFiles).toEqual(['/salary/data/MS.json']);
    const place = page.locator('[data-place]');
    await eventually(() => place.innerText()).toContain('Mississippi median $46,690, 25th percentile $36,870 (BLS OEWS, May 2024). U.S. median $60,340');
    await eventually(() => page.locator('[data-price-level]').innerText()).toMatch(
      /Prices in Mississippi are about 13 % below the U\.S\. average \(BEA Regional Price Parities, 2024\)\. That is context only/,
    );
    await eventually(() => page.locator('#salary-script').innerText()).toContain(
      'help desk and user support roles in Mississippi, I’m looking for $37,000 to $42,000 a year',
    );
    expect(await page.locator('[data-law]').count(), 'no statewide pay-range law in Mississippi').toBe(0);

    await choose(page, 'District of Columbia');
    // 25th percentile $62,400 → $63,000; + $7,875 → $8,000 → $71,000.
    await eventually(() => readRange(page)).toBe('$63,000 to $71,000');
    await eventually(() => place.innerText()).toContain('District of Columbia median $76,880');
    const law = page.locator('[data-law]');
    await eventually(() => law.innerText()).toContain('Wage Transparency Omnibus Amendment Act of 2023');
    await eventually(() => law.innerText()).toMatch(/2024[\s\S]*If a posting for a job there has no range, ask for it/);
    await eventually(() => law.locator('a[rel~="external"]').getAttribute('href')).toMatch(/^https:\/\//);
    await page.locator('details.math summary').click();
    await eventually(() => page.locator('details.math').innerText()).toContain(
      'District of Columbia pay for Computer User Support Specialists (BLS OEWS, May 2024)',
    );
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('a posted range changes the range and the script; a floor above its top is said plainly', async () => {
    const { context, page, problems } = await openCalculator();
    await choose(page, 'District of Columbia');
    await typeAll(page, { monthlyCosts: '1800', taxRate: '18' });
    await eventually(() => readRange(page)).toBe('$63,000 to $71,000');
    await typeAll(page, { postedFrom: '50000', postedTo: '70000' });
    // DC's aim ($62,400) reaches the posting's middle ($60,000): from $63,000 to the posted top.
    await eventually(() => readRange(page)).toBe('$63,000 to $70,000');
    await eventually(() => page.locator('#salary-script').innerText()).toMatch(/^Yes, the posted range of \$50,000 to \$70,000 works for me\./);
    await eventually(() => page.locator('.salary-results').innerText()).toContain('toward its upper part');

    // A floor above the posted top: no range, a plain sentence instead.
    await typeAll(page, { monthlyCosts: '5000', postedFrom: '40000', postedTo: '45000' });
    await eventually(() => page.locator('[data-no-range]').innerText()).toContain(
      'Your floor ($73,171 a year) is above the top of the posted range ($45,000 a year)',
    );
    expect(await page.locator('.salary-results [data-range]').count()).toBe(0);
    await eventually(() => page.locator('#salary-script').innerText()).toContain('is below what I’m looking for');
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('bad posted ranges and places get their own message next to the field', async () => {
    const { context, page, problems } = await openCalculator();
    await choose(page, 'Mississippi');
    await typeAll(page, { monthlyCosts: '1800', taxRate: '18', postedFrom: '60000', postedTo: '50000' });
    await eventually(() => page.locator('#salary-postedTo-error').innerText()).toContain('The top of the range ($50,000) is below its bottom ($60,000)');
    await typeAll(page, { postedFrom: '22', postedTo: '26' });
    await eventually(() => page.locator('#salary-postedFrom-error').innerText()).toContain('$22.00 looks like pay by the hour');
    // Below the state's 10th percentile and above its 90th: allowed, but flagged beside each field.
    await typeAll(page, { postedFrom: '27000', postedTo: '90000' });
    await eventually(() => page.locator('[data-flag="postedFrom"]').innerText()).toContain(
      'below what nine in ten people in this job earn in Mississippi ($29,910 a year',
    );
    await eventually(() => page.locator('[data-flag="postedTo"]').innerText()).toContain(
      'above what nine in ten people in this job earn in Mississippi ($76,280 a year',
    );
    await readRange(page);
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();

    // An unknown state in the URL gets a message beside the picker; a known one, in any case, is chosen.
    const second = await browser.context();
    const other = await second.context.newPage();
    await other.goto('/salary/?state=ZZ', { waitUntil: 'networkidle' });
    await eventually(() => other.locator('#salary-area-error').innerText()).toContain('We have no pay figures for “ZZ”');
    await other.goto('/salary/?state=tx', { waitUntil: 'networkidle' });
    await eventually(() => other.locator(fieldId('area')).inputValue()).toBe('TX');
    await second.context.close();
  });

  it('says so in words when a state has no figures for the job', async () => {
    const { context, page } = await openCalculator();
    await choose(page, 'Wyoming');
    await page.locator(fieldId('occupation')).selectOption({ label: 'Software Quality Assurance Analysts and Testers' });
    await typeAll(page, { monthlyCosts: '1800', taxRate: '18' });
    await eventually(() => page.locator('[data-fallback]').innerText()).toContain(
      'BLS published no figures for Software Quality Assurance Analysts and Testers in Wyoming, so this range uses national figures.',
    );
    // National 25th percentile, $79,520 → $80,000; + $10,000 → $90,000.
    await eventually(() => readRange(page)).toBe('$80,000 to $90,000');
    await context.close();
  });

  it('remembers the inputs after a reload, shows the state on the prep sheet, and "start over" clears them', async () => {
    const { context, page, problems } = await openCalculator();
    await choose(page, 'Texas');
    await typeAll(page, { monthlyCosts: '1800', taxRate: '18', postedFrom: '44000', postedTo: '52000' });
    // Texas: aim $45,750 < the posting's middle $48,000, so from $46,000 + $5,750 → $52,000 (the posted top).
    await eventually(() => readRange(page)).toBe('$46,000 to $52,000');
    await page.getByRole('button', { name: 'Save this range for my prep sheet' }).click();

    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator(fieldId('area')).inputValue()).toBe('TX');
    await eventually(() => page.locator(fieldId('monthlyCosts')).inputValue()).toBe('1800');
    await eventually(() => page.locator(fieldId('postedTo')).inputValue()).toBe('52000');
    await eventually(() => readRange(page)).toBe('$46,000 to $52,000');
    await eventually(() => page.locator('#salary-saved').innerText()).toContain('Computer User Support Specialists, Texas, May 2024 figures');

    await page.goto('/prep/', { waitUntil: 'networkidle' });
    await eventually(() => page.locator('main').innerText()).toContain('Computer User Support Specialists in Texas, May 2024 wage data');

    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator(fieldId('monthlyCosts')).inputValue()).toBe('1800');
    await page.getByRole('button', { name: 'Start over' }).click();
    await eventually(() => page.locator(fieldId('monthlyCosts')).inputValue()).toBe('');
    await eventually(() => page.locator(fieldId('area')).inputValue()).toBe('US');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), FORM_KEY)) ?? 'null')).toEqual({ version: 1, form: null });
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-salary-embed][data-hydrated]').waitFor({ state: 'attached' });
    await eventually(() => page.locator(fieldId('monthlyCosts')).inputValue()).toBe('');
    expectNoProblems(problems);
    await context.close();
  });

  it('keeps a stored form with an unknown state, and says what to do beside the picker', async () => {
    const { context } = await browser.context();
    await context.addInitScript((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          form: {
            area: 'QQ',
            occupation: '15-1232',
            level: 'entry',
            unit: 'year',
            adjustment: '',
            monthlyCosts: '1800',
            taxRate: '18',
            savings: '',
            currentPay: '',
            plannedPay: '',
            postedFrom: '',
            postedTo: '',
            useOwnFigures: false,
            ownP25: '',
            ownP50: '',
            ownP75: '',
            ownP90: '',
          },
        }),
      );
    }, FORM_KEY);
    const page = await context.newPage();
    await page.goto('/salary/', { waitUntil: 'networkidle' });
    await eventually(() => page.locator('#salary-area-error').innerText()).toContain('We have no pay figures for “QQ”');
    await eventually(() => page.locator('.salary-results .fix').innerText()).toContain('Where the job is');
    await expectNoBadText(page);
    await context.close();
  });
});
