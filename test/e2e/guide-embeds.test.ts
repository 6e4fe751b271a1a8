import { describe, expect, it } from 'vitest';
import { eventually, useBrowser } from './helpers/fixture.ts';
import { watchPage } from './helpers/page-watch.ts';
import { runAxe } from './helpers/axe.ts';
import { expectNoBadText } from './helpers/salary.ts';

const browser = useBrowser();

describe('the salary calculator embedded in the salary guide', () => {
  it('loads no island code until it is scrolled to, then works like the calculator page', async () => {
    const { context } = await browser.context();
    const page = await context.newPage();
    const problems = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/guides/salary-expectations/', { waitUntil: 'networkidle' });
    expect(
      scripts.filter((s) => /\/(salary-calculator|preact|SalaryCalculator)\./.test(s)),
      'island code before scrolling',
    ).toEqual([]);

    const embed = page.locator('[data-salary-embed]');
    await embed.scrollIntoViewIfNeeded();
    await eventually(() => scripts.some((s) => s.includes('salary-calculator'))).toBe(true);

    // Same worked example as the calculator page: $2,000 a month at 20 % tax, entry-level support.
    const costs = page.locator('#guide-salary-monthlyCosts');
    const tax = page.locator('#guide-salary-taxRate');
    await costs.click();
    await costs.pressSequentially('2000');
    await tax.click();
    await tax.pressSequentially('20');
    await eventually(() => embed.locator('[data-range]').innerText()).toBe('$48,000 to $54,000');
    await expectNoBadText(page);
    expect(await runAxe(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
