import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels we hold every page to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A violation, flattened to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page: every WCAG A/AA rule, or only the `rules` named (the dark-theme pass needs
 * only contrast, since nothing but colours changes). It is evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so the site keeps its strict policy while being audited.
 */
export async function runAxe(page: Page, options: { rules?: string[] } = {}): Promise<AxeViolation[]> {
  // Compiling axe costs more than a run, so a document that already has it (a second pass, another theme) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, runOnly);
}
