import { gzipSync } from 'node:zlib';
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

/**
 * Gzip bytes of the JavaScript a page has run so far: every script response plus every inline script,
 * as the bench counts them, less any path `skip` names. Call it before navigating, and `total` once the page settles.
 */
export function countJavaScript(page: Page, skip: (path: string) => boolean = () => false): { total: () => Promise<number>; urls: string[] } {
  const bodies: Promise<Buffer>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || skip(new URL(response.url()).pathname)) return;
    urls.push(new URL(response.url()).pathname);
    const body = response.body();
    // A script that arrives after the test has read the total may fail once its page closes: nobody awaits it then.
    body.catch(() => {});
    bodies.push(body);
  });
  return {
    urls,
    total: async () => {
      const external = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
      const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
      return external + inline.reduce((sum, source) => sum + gzipSync(source).length, 0);
    },
  };
}
