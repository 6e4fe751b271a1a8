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
    if (pageKind(page) === 'island') {
      // A tool is on screen when its page opens, so its island's code counts too, though it loads after the first paint.
      expect(w.jsGzip + w.islandJsGzip, `JS at first render and the island: ${[...w.jsFiles, ...w.islandJsFiles].join(', ')}`).toBeLessThanOrEqual(
        BUDGETS.islandJs,
      );
    } else {
      expect(w.jsGzip, `JS at first render: ${w.jsFiles.join(', ') || 'inline only'}`).toBeLessThanOrEqual(BUDGETS.contentJs);
    }
    expect(w.htmlGzip, 'HTML').toBeLessThanOrEqual(BUDGETS.html);
    expect(w.cssGzip, 'CSS').toBeLessThanOrEqual(BUDGETS.css);
    expect(w.fonts, 'web fonts').toEqual([]);
    expect(w.imageProblems, 'images').toEqual([]);
    if (pageKind(page) === 'content') {
      expect(
        w.jsFiles.filter((f) => /preact|signals|client\.[\w-]+\.js/.test(f)),
        'framework runtime on a content page',
      ).toEqual([]);
      expect(
        w.jsFiles.filter((f) => f.includes('/pagefind/')),
        'search code before search is opened',
      ).toEqual([]);
    }
  });

  it('measures what it claims: an island page really counts its island code', () => {
    const islandPages = pages.filter((p) => pageKind(p) === 'island').map((p) => weights.get(p)!);
    // Preact has a chunk of its own, named for it (astro.config.mjs, manualChunks).
    const withIslands = islandPages.filter((w) => w.islandJsFiles.some((f) => /\/preact\./.test(f)));
    // The checklist, salary, practice, prep, story bank and message kit pages hydrate Preact islands; their measured weight must include Preact.
    expect(withIslands.map((w) => w.page).sort()).toEqual(['/checklist/', '/messages/', '/practice/', '/prep/', '/salary/', '/stories/']);
    for (const w of withIslands) expect(w.jsGzip + w.islandJsGzip).toBeGreaterThan(3000);
  });
});
