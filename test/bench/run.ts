/**
 * `npm run bench`: builds the site and measures it. Not part of `npm test` (timings vary by machine).
 *  1. page weights per page type (gzip bytes at first render) against the budgets;
 *  2. a scale run: N synthetic pages added to a copy of the site (N = 100, 300, 1000 by default,
 *     or `--pages 1000`), timing Astro and Pagefind and measuring the first search's transfer;
 *  3. Lighthouse (mobile) on the heaviest page of each type (a guide with an embedded tool, say) and the tools;
 *     and the salary page's page-open JavaScript (everything run before any input, in Chromium);
 *  4. what saving the whole site for offline use costs, in bytes and time;
 *  5. screenshots of each page type at 390 and 1366 px, light and dark, into test/bench/screenshots/ (git-ignored),
 *     for a reviewer to compare side by side (`--skip-screenshots` leaves them out).
 * Writes test/bench/results.json and test/bench/RESULTS.md.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copySite } from '../content/helpers/fixture-build.ts';
import { serveStatic } from '../e2e/helpers/server.ts';
import { BUDGETS, pageKind, pageType } from '../e2e/helpers/budgets.ts';
import { measureLazyChunk, measurePage, ready, type PageWeight } from '../e2e/helpers/page-weight.ts';
import { sitemapPaths } from '../e2e/helpers/site.ts';
import { syntheticContent } from './synthetic.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { bytesByPart, measureFirstSearch, type FirstSearch } from './first-search.ts';
import { measureOffline } from './offline.ts';
import { measurePageOpenJs } from './page-open.ts';
import { renderMarkdown, type BenchResults, type ScaleResult, type TypeWeight } from './report.ts';
import { SCREENSHOT_DIR, takeScreenshots } from './screenshots.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    'skip-screenshots': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    repeat: { type: 'string', default: '3' },
  },
});
const scaleSizes = (values.pages?.length ? values.pages : ['100', '300', '1000']).map(Number);
const log = (line: string) => process.stdout.write(`${line}\n`);
/** What the first-search measurement types: one word, and a whole question. */
const FIRST_SEARCH_QUERIES = ['salary', 'they called and I missed it'];

/** Total size of a folder, in bytes. */
function folderSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, file) => {
    const stat = statSync(path.join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

/** Milliseconds Pagefind reported for itself in a build log. */
function pagefindMs(output: string): number {
  const match = /Pagefind indexed (\d+) pages in (\d+) ms/.exec(output);
  if (!match) throw new Error(`No Pagefind timing in the build output:\n${output.slice(-1500)}`);
  return Number(match[2]);
}

/**
 * Builds a copy of the site with `extra` synthetic pages, `--repeat` times, and keeps the fastest run:
 * the minimum is the timing least disturbed by whatever else the machine was doing.
 */
function timedBuild(extra: number) {
  const copy = copySite(syntheticContent(extra));
  let best: { totalMs: number; pagefindMs: number } | undefined;
  for (let run = 0; run < Math.max(1, Number(values.repeat)); run += 1) {
    const build = buildCopy(copy.root, 1_800_000);
    if (build.code !== 0) throw new Error(`Build with ${extra} synthetic pages failed:\n${build.output.slice(-3000)}`);
    if (!best || build.ms < best.totalMs) best = { totalMs: build.ms, pagefindMs: pagefindMs(build.output) };
  }
  const pages = sitemapPaths(path.join(copy.root, 'dist')).length;
  return { copy, pages, totalMs: best!.totalMs, pagefindMs: best!.pagefindMs, astroMs: best!.totalMs - best!.pagefindMs };
}

async function main() {
  await ready;
  const results: BenchResults = {
    date: new Date().toISOString(),
    node: process.version,
    buildRuns: Math.max(1, Number(values.repeat)),
    pageWeights: [],
    scale: [],
    lighthouse: [],
  };

  log('Building the site…');
  const base = timedBuild(0);
  results.build = {
    pages: base.pages,
    totalMs: Math.round(base.totalMs),
    astroMs: Math.round(base.astroMs),
    pagefindMs: base.pagefindMs,
    pagefindBytes: folderSize(path.join(base.copy.root, 'dist/pagefind')),
  };
  log(`  ${base.pages} pages in ${(base.totalMs / 1000).toFixed(1)} s (Pagefind ${base.pagefindMs} ms)`);

  // 1. Page weights: every page measured; each type reports its heaviest page.
  const dist = path.join(base.copy.root, 'dist');
  const byType = new Map<string, PageWeight[]>();
  for (const page of sitemapPaths(dist)) {
    const list = byType.get(pageType(page)) ?? [];
    list.push(measurePage(dist, page));
    byType.set(pageType(page), list);
  }
  /** What a page costs to show and bring to life: its HTML, its first-render JS and its islands' code. */
  const cost = (w: PageWeight) => w.htmlGzip + w.jsGzip + w.islandJsGzip;
  const heaviestOf = new Map<string, PageWeight>();
  for (const [type, list] of byType) {
    const heaviest = list.reduce((a, b) => (cost(b) > cost(a) ? b : a));
    heaviestOf.set(type, heaviest);
    const island = pageKind(heaviest.page) === 'island';
    const jsBudget = island ? BUDGETS.islandJs : BUDGETS.contentJs;
    const withinJs = (w: PageWeight) => (island ? w.jsGzip + w.islandJsGzip : w.jsGzip) <= jsBudget;
    const row: TypeWeight = {
      type,
      pages: list.length,
      example: heaviest.page,
      htmlGzip: heaviest.htmlGzip,
      cssGzip: heaviest.cssGzip,
      jsGzip: heaviest.jsGzip,
      islandJsGzip: heaviest.islandJsGzip,
      requests: heaviest.requests,
      jsBudget,
      withinBudget: list.every((w) => withinJs(w) && w.htmlGzip <= BUDGETS.html && w.cssGzip <= BUDGETS.css),
    };
    results.pageWeights.push(row);
  }
  results.pageWeights.sort((a, b) => a.type.localeCompare(b.type));
  console.table(
    results.pageWeights.map(({ type, pages, htmlGzip, cssGzip, jsGzip, islandJsGzip, requests, withinBudget }) => ({
      type,
      pages,
      htmlGzip,
      cssGzip,
      jsGzip,
      islandJsGzip,
      requests,
      withinBudget,
    })),
  );

  // 2. Code that loads on an action, not at page open: the practice drill's recorder and voice analysis.
  results.lazyChunks = [{ action: 'First "Record my answer" on /practice/', ...measureLazyChunk(dist, 'voice-kit', '/practice/') }];
  for (const chunk of results.lazyChunks) log(`  ${chunk.action}: ${chunk.jsGzip} B gzip (${chunk.jsFiles.join(', ')})`);

  // 3. Lighthouse on the normal build, served with gzip like a real host.
  if (!values['skip-lighthouse']) {
    const server = await serveStatic(dist, { gzip: true });
    try {
      // The worst page of each content type (a guide that embeds a tool is heavier than one that doesn't), then the tools.
      const worst = ['home', 'guide', 'question', 'purpose hub'].flatMap((type) => heaviestOf.get(type)?.page ?? []);
      // The lightest guide (no embed) as well, so the report can say what embedding a tool costs the first paint.
      const guides = byType.get('guide') ?? [];
      const lightestGuide = guides.length > 1 ? guides.reduce((a, b) => (cost(b) < cost(a) ? b : a)).page : undefined;
      if (lightestGuide) results.guideLcpPair = { heaviest: heaviestOf.get('guide')!.page, lightest: lightestGuide };
      for (const page of [...worst, ...(lightestGuide ? [lightestGuide] : []), '/checklist/', '/salary/', '/search/?q=salary']) {
        log(`Lighthouse ${page}…`);
        const result: LighthouseResult = await runLighthouse(`${server.url}${page}`, Number(values.runs));
        results.lighthouse.push({ page, ...result });
        log(
          `  ${result.performance} / ${result.accessibility} / ${result.bestPractices} / ${result.seo}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}`,
        );
      }
    } finally {
      await server.close();
    }
  }
  // The salary calculator's page-open JavaScript in a real browser (the island hydrated, nothing typed).
  {
    const server = await serveStatic(dist, { gzip: true });
    try {
      log('Page-open JavaScript on /salary/…');
      results.pageOpenJs = [await measurePageOpenJs(server, '/salary/', '[data-salary-embed][data-hydrated]')];
      for (const p of results.pageOpenJs) log(`  ${p.page}: ${p.jsGzip} B gzip in ${p.jsFiles.length} files (budget ${BUDGETS.islandJs} B)`);
    } finally {
      await server.close();
    }
  }
  // 4. The offline download: bytes and time until the footer says "Available offline".
  {
    const server = await serveStatic(dist, { gzip: true });
    try {
      log('Offline download…');
      results.offline = await measureOffline(server);
      log(
        `  ${(results.offline.bytes / 1024).toFixed(0)} KB in ${results.offline.requests} requests; available offline after ${(results.offline.msUntilAvailable / 1000).toFixed(1)} s`,
      );
    } finally {
      await server.close();
    }
  }
  // 5. Screenshots of the normal build, not committed: they are for looking at, not for diffing.
  if (!values['skip-screenshots']) {
    log('Screenshots…');
    const files = await takeScreenshots(dist, SCREENSHOT_DIR);
    log(`  ${files.length} PNGs in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/`);
  }
  base.copy.cleanup();

  // 2. Scale run: what each extra page costs, and what a first search transfers at that size.
  if (!values['skip-scale']) {
    for (const extra of scaleSizes) {
      log(`Scale run: +${extra} synthetic pages…`);
      const run = timedBuild(extra);
      const server = await serveStatic(path.join(run.copy.root, 'dist'), { gzip: true });
      // Each query in a fresh browser: a one-word search, and a whole question as people really type it.
      const searches: { query: string; result: FirstSearch }[] = [];
      try {
        for (const query of FIRST_SEARCH_QUERIES)
          searches.push({ query, result: await measureFirstSearch(server, '/guides/why-employers-phone-screen/', query) });
      } finally {
        await server.close();
      }
      const scale: ScaleResult = {
        extraPages: extra,
        pages: run.pages,
        astroMsPerExtraPage: Number(((run.astroMs - base.astroMs) / extra).toFixed(2)),
        pagefindMsPerExtraPage: Number(((run.pagefindMs - base.pagefindMs) / extra).toFixed(2)),
        totalMsPerExtraPage: Number(((run.totalMs - base.totalMs) / extra).toFixed(2)),
        totalSecondsPerPage: Number((run.totalMs / run.pages / 1000).toFixed(4)),
        pagefindBytes: folderSize(path.join(run.copy.root, 'dist/pagefind')),
        firstSearches: searches.map(({ query, result }) => ({
          query,
          bytes: result.bytes,
          requests: result.requests,
          results: result.results,
          parts: bytesByPart(result.files),
        })),
      };
      results.scale.push(scale);
      log(
        `  ${run.pages} pages: +${scale.totalMsPerExtraPage} ms per extra page (Astro ${scale.astroMsPerExtraPage}, Pagefind ${scale.pagefindMsPerExtraPage}); first search ${searches.map((s) => `"${s.query}" ${(s.result.bytes / 1024).toFixed(1)} KB`).join(', ')}`,
      );
      run.copy.cleanup();
    }
  }

  writeFileSync('test/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  writeFileSync('test/bench/RESULTS.md', markdown);
  log('\n' + markdown);
}

await main();
