import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, pageKind } from './helpers/budgets.ts';
import { measurePage, ready, type PageWeight } from './helpers/page-weight.ts';
import { DIST, sitemapPaths } from './helpers/site.ts';

const pages = [...sitemapPaths(), '/404.html'];
const weights = new Map<string, PageWeight>();

beforeAll(async () => {
  await ready;
  for (const page of pages) weights.set(page, measurePage(DIST, page));
});

describe('byte budgets (gzip)', () => {
  it.each(pages)('%s stays within its budgets', (page) => {
    const w = weights.get(page)!;
    const jsBudget = pageKind(page) === 'island' ? BUDGETS.islandJs : BUDGETS.contentJs;
    expect(w.jsGzip, `JS at first render: ${w.jsFiles.join(', ') || 'inline only'}`).toBeLessThanOrEqual(jsBudget);
    expect(w.htmlGzip, 'HTML').toBeLessThanOrEqual(BUDGETS.html);
    expect(w.cssGzip, 'CSS').toBeLessThanOrEqual(BUDGETS.css);
    expect(w.fonts, 'web fonts').toEqual([]);
    expect(w.imageProblems, 'images').toEqual([]);
    if (pageKind(page) === 'content') {
      expect(w.jsFiles.filter((f) => /preact|signals|client\.[\w-]+\.js/.test(f)), 'framework runtime on a content page').toEqual([]);
      expect(w.jsFiles.filter((f) => f.includes('/pagefind/')), 'search code before search is opened').toEqual([]);
    }
  });

  it('measures what it claims: an island page really counts its island code', () => {
    const islandPages = pages.filter((p) => pageKind(p) === 'island').map((p) => weights.get(p)!);
    // The Preact renderer's client entry is always named client.*.js; Preact's own chunk is named after whichever
    // module the bundler groups it with (preload-helper once islands use dynamic imports), so it can't be relied on.
    const withIslands = islandPages.filter((w) => w.jsFiles.some((f) => /preact|client\.[\w-]+\.js/.test(f)));
    // At least the checklist page hydrates a Preact island; its measured weight must include Preact.
    expect(withIslands.length).toBeGreaterThan(0);
    for (const w of withIslands) expect(w.jsGzip).toBeGreaterThan(3000);
  });
});
