import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The calculator's element id for a form field (the island's default prefix is "salary"). */
export function fieldId(field: string): string {
  return `#salary-${field}`;
}

/** Types into a field the way a person does: click it, select what is there, type over it key by key. */
export async function typeInto(page: Page, field: string, text: string): Promise<void> {
  const input = page.locator(fieldId(field));
  await input.click();
  await input.press('ControlOrMeta+a');
  if (text === '') await input.press('Backspace');
  else await input.pressSequentially(text);
}

/** Fills several fields in order, by typing. */
export async function typeAll(page: Page, values: Record<string, string>): Promise<void> {
  for (const [field, text] of Object.entries(values)) await typeInto(page, field, text);
}

/** The range the calculator tells you to say, e.g. "$54,000 to $61,000", once it is on screen. */
export async function readRange(page: Page): Promise<string> {
  const range = page.locator('.salary-results [data-range]');
  await range.waitFor();
  return (await range.innerText()).trim();
}

/** Words that must never reach the reader. */
const BAD_TEXT = /NaN|Infinity|undefined/;

/** Fails if the page's HTML or visible text shows NaN, Infinity, undefined or a negative dollar amount. */
export async function expectNoBadText(page: Page): Promise<void> {
  const html = await page.content();
  expect(html).not.toMatch(BAD_TEXT);
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(BAD_TEXT);
  expect(text).not.toMatch(/[-−]\s?\$\d/);
}
