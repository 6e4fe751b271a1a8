import type { LighthouseResult } from './lighthouse.ts';
import type { OfflineCost } from './offline.ts';
import type { PageOpenJs } from './page-open.ts';
import { BUDGETS } from '../e2e/helpers/budgets.ts';
import { FIRST_SEARCH_PARTS, type FirstSearchPart } from './first-search.ts';

/** Weight of the heaviest page of one type. */
export interface TypeWeight {
  type: string;
  pages: number;
  example: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** The page's island code, loaded after the first paint when in view (src/components/island-loader.ts). */
  islandJsGzip: number;
  requests: number;
  jsBudget: number;
  withinBudget: boolean;
}

/** One size of the scale run. */
export interface ScaleResult {
  extraPages: number;
  pages: number;
  astroMsPerExtraPage: number;
  pagefindMsPerExtraPage: number;
  totalMsPerExtraPage: number;
  /** Whole build time divided by pages, in seconds. */
  totalSecondsPerPage: number;
  pagefindBytes: number;
  firstSearches: { query: string; bytes: number; requests: number; results: number; parts?: Record<FirstSearchPart, number> }[];
}

/** Everything `npm run bench` measured. */
export interface BenchResults {
  date: string;
  node: string;
  /** How many times each build ran; the fastest run is reported. */
  buildRuns?: number;
  build?: { pages: number; totalMs: number; astroMs: number; pagefindMs: number; pagefindBytes: number };
  pageWeights: TypeWeight[];
  /** Chunks that load on an action rather than at page open (the recorder on the first "Record"). */
  lazyChunks?: { action: string; name: string; jsGzip: number; jsFiles: string[] }[];
  /** JavaScript run at page open, before any input, on the tool pages measured in a browser (/salary/). */
  pageOpenJs?: PageOpenJs[];
  scale: ScaleResult[];
  lighthouse: ({ page: string } & LighthouseResult)[];
  /** The heaviest guide (one that embeds a tool) and the lightest, both audited, to show what an embed costs the paint. */
  guideLcpPair?: { heaviest: string; lightest: string };
  /** What saving the whole site for offline use cost. */
  offline?: OfflineCost;
}

/** The targets issue #8 sets for the benchmark. */
export const TARGETS = { lighthouseScore: 100, lcpMs: 1000, msPerExtraPage: 15, firstSearchBytes: 100 * 1024 } as const;

/** Where the best peers stand (from issue #8), to beat on every line. */
export const PEERS = {
  contentJsGzip: 4.1 * 1024,
  cssGzip: 12.3 * 1024,
  lcpMs: 1140,
  msPerExtraPage: 17,
  firstSearchBytes: 104 * 1024,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ not met');

/** The Markdown summary committed as test/bench/RESULTS.md. */
export function renderMarkdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(`Measured ${r.date.slice(0, 10)} with Node ${r.node} on the development machine (2 cores). Byte counts are gzip (level 9).`);
  lines.push('Re-run with `npm run bench` (or `npm run bench -- --pages 1000`).', '');

  if (r.build) {
    lines.push('## Build', '');
    lines.push(
      `- ${r.build.pages} pages built in ${(r.build.totalMs / 1000).toFixed(1)} s (Astro ${(r.build.astroMs / 1000).toFixed(1)} s, Pagefind ${(r.build.pagefindMs / 1000).toFixed(1)} s).`,
    );
    lines.push(`- \`dist/pagefind/\`: ${kb(r.build.pagefindBytes)}.`, '');
  }

  lines.push('## Page weight at first render (heaviest page of each type)', '');
  lines.push('| Page type | Pages | Example | HTML | CSS | JS | Island JS (after paint) | Requests | JS budget | Budgets |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const w of r.pageWeights) {
    lines.push(
      `| ${w.type} | ${w.pages} | \`${w.example}\` | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | ${kb(w.jsGzip)} | ${kb(w.islandJsGzip ?? 0)} | ${w.requests} | ${kb(w.jsBudget)} | ${mark(w.withinBudget)} |`,
    );
  }
  lines.push(
    '',
    `Budgets (enforced in \`npm test\`): content pages ≤ ${kb(BUDGETS.contentJs)} JS, island pages ≤ ${kb(BUDGETS.islandJs)} JS, every page HTML ≤ ${kb(BUDGETS.html)} and CSS ≤ ${kb(BUDGETS.css)}, no web fonts, nothing fetched at idle.`,
    '',
  );

  if (r.pageOpenJs?.length) {
    lines.push('## JavaScript at page open (in Chromium, before any input)', '');
    lines.push('| Page | JS (gzip) | Files | Budget | Within |');
    lines.push('|---|---|---|---|---|');
    for (const p of r.pageOpenJs)
      lines.push(`| \`${p.page}\` | ${kb(p.jsGzip)} (${p.jsGzip} B) | ${p.jsFiles.length} | ${kb(BUDGETS.islandJs)} | ${mark(p.jsGzip <= BUDGETS.islandJs)} |`);
    lines.push(
      '',
      'Every script response and inline script until the island has hydrated, as the budget test counts it; the calculator engine loads on the first input.',
      '',
    );
  }

  if (r.lazyChunks?.length) {
    lines.push('## Code loaded on an action, not at page open', '');
    lines.push('| Action | Chunk | JS (gzip) | Files beyond the first render |');
    lines.push('|---|---|---|---|');
    for (const c of r.lazyChunks) lines.push(`| ${c.action} | \`${c.name}\` | ${kb(c.jsGzip)} | ${c.jsFiles.length} |`);
    lines.push('');
  }

  if (r.lighthouse.length > 0) {
    lines.push('## Lighthouse (mobile, median of runs)', '');
    lines.push('| Page | Performance | Accessibility | Best practices | SEO | LCP | TBT | CLS | JS fetched during the audit | Target |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const l of r.lighthouse) {
      const ok = [l.performance, l.accessibility, l.bestPractices, l.seo].every((s) => s >= TARGETS.lighthouseScore) && l.lcpMs <= TARGETS.lcpMs;
      lines.push(
        `| \`${l.page}\` | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${(l.lcpMs / 1000).toFixed(2)} s | ${l.tbtMs} ms | ${l.cls} | ${l.scriptBytes === undefined ? 'n/a' : kb(l.scriptBytes)} | ${mark(ok)} |`,
      );
    }
    lines.push('', `Target: 100 in all four categories on every page, LCP ≤ ${(TARGETS.lcpMs / 1000).toFixed(1)} s.`);
    const lcpOf = (page: string) => r.lighthouse.find((l) => l.page === page)?.lcpMs;
    const pair = r.guideLcpPair;
    const heavy = pair && lcpOf(pair.heaviest);
    const light = pair && lcpOf(pair.lightest);
    if (pair && heavy !== undefined && light !== undefined) {
      lines.push(
        `What an embedded tool costs the first paint: \`${pair.heaviest}\` (the heaviest guide) ${(heavy / 1000).toFixed(2)} s against \`${pair.lightest}\` (the lightest) ${(light / 1000).toFixed(2)} s, a difference of ${heavy - light} ms.`,
      );
    }
    lines.push(
      'Islands hydrate after the first paint (salary) or once seen (checklist). Where the JS column shows little, hydration came after the load Lighthouse times, so its cost is not in TBT.',
      '',
    );
  }

  if (r.scale.length > 0) {
    lines.push('## Scale run', '');
    const queries = r.scale[0]?.firstSearches.map((f) => f.query) ?? [];
    lines.push(
      `| Pages | Astro per extra page | Pagefind per extra page | Total per extra page | Whole build per page | Pagefind index | ${queries.map((q) => `First search “${q}”`).join(' | ')} |`,
    );
    lines.push(`|---|---|---|---|---|---|${queries.map(() => '---|').join('')}`);
    for (const s of r.scale) {
      const searches = s.firstSearches.map((f) => `${kb(f.bytes)} (${f.requests} requests, ${f.results} results)`).join(' | ');
      lines.push(
        `| ${s.pages} (+${s.extraPages}) | ${s.astroMsPerExtraPage} ms | ${s.pagefindMsPerExtraPage} ms | ${s.totalMsPerExtraPage} ms | ${(s.totalSecondsPerPage * 1000).toFixed(1)} ms | ${kb(s.pagefindBytes)} | ${searches} |`,
      );
    }
    const largest = r.scale.reduce((a, b) => (b.extraPages > a.extraPages ? b : a));
    lines.push('');
    lines.push(
      `- Build cost per extra page at +${largest.extraPages}, Pagefind included: ${largest.totalMsPerExtraPage} ms (target ≤ ${TARGETS.msPerExtraPage} ms): ${mark(largest.totalMsPerExtraPage <= TARGETS.msPerExtraPage)}`,
    );
    for (const f of largest.firstSearches)
      lines.push(
        `- First search “${f.query}” at +${largest.extraPages}: ${kb(f.bytes)} (target ≤ ${kb(TARGETS.firstSearchBytes)}): ${mark(f.bytes <= TARGETS.firstSearchBytes)}`,
      );
    lines.push(`- Timings vary from run to run on a shared machine; each build ran ${r.buildRuns ?? 2} times and the fastest run is reported.`, '');
    const withParts = largest.firstSearches.filter((f) => f.parts);
    if (withParts.length > 0) {
      lines.push(`Where a first search's bytes go at +${largest.extraPages} pages:`, '');
      lines.push(`| Part | ${withParts.map((f) => `“${f.query}”`).join(' | ')} |`, `|---|${withParts.map(() => '---|').join('')}`);
      for (const [part, label] of Object.entries(FIRST_SEARCH_PARTS) as [FirstSearchPart, string][]) {
        lines.push(`| ${label} | ${withParts.map((f) => kb(f.parts![part])).join(' | ')} |`);
      }
      const least = withParts.reduce((a, b) => (b.parts!.index < a.parts!.index ? b : a)).parts!;
      const pagefindFloor = least.engine + least.meta + least.index;
      const outOfReach = pagefindFloor + least.fragments > TARGETS.firstSearchBytes;
      lines.push(
        '',
        `Pagefind's own engine, page list and a single index chunk come to ${kb(pagefindFloor)} before any result text or our code${outOfReach ? `; the result text alone takes that past ${kb(TARGETS.firstSearchBytes)}, without counting our own search code` : ''}.`,
      );
      lines.push('');
    }
  }

  lines.push('## Against the best peers', '');
  const content = r.pageWeights.filter((w) => ['home', 'guide', 'question', 'purpose hub'].includes(w.type));
  const maxContentJs = Math.max(0, ...content.map((w) => w.jsGzip));
  const maxCss = Math.max(0, ...r.pageWeights.map((w) => w.cssGzip));
  lines.push('| Line | Best peer | Us | Beaten |', '|---|---|---|---|');
  lines.push(`| JS at first render (content pages) | ${kb(PEERS.contentJsGzip)} | ${kb(maxContentJs)} | ${mark(maxContentJs < PEERS.contentJsGzip)} |`);
  lines.push(`| CSS | ${kb(PEERS.cssGzip)} | ${kb(maxCss)} | ${mark(maxCss < PEERS.cssGzip)} |`);
  if (r.lighthouse.length > 0) {
    const lowest = Math.min(...r.lighthouse.flatMap((l) => [l.performance, l.accessibility, l.bestPractices, l.seo]));
    lines.push(`| Lighthouse, lowest category score on ${r.lighthouse.length} pages | 91 | ${lowest} | ${mark(lowest > 91)} |`);
    const worstLcp = Math.max(...r.lighthouse.map((l) => l.lcpMs));
    lines.push(
      `| LCP (worst of ${r.lighthouse.length} pages) | ${(PEERS.lcpMs / 1000).toFixed(2)} s | ${(worstLcp / 1000).toFixed(2)} s | ${mark(worstLcp < PEERS.lcpMs)} |`,
    );
  }
  if (r.scale.length > 0) {
    const largest = r.scale.reduce((a, b) => (b.extraPages > a.extraPages ? b : a));
    lines.push(
      `| Build time per extra page | ${PEERS.msPerExtraPage} ms | ${largest.totalMsPerExtraPage} ms | ${mark(largest.totalMsPerExtraPage < PEERS.msPerExtraPage)} |`,
    );
    const worst = Math.max(...largest.firstSearches.map((f) => f.bytes));
    lines.push(
      `| First search transfer (worst query, +${largest.extraPages} pages) | ${kb(PEERS.firstSearchBytes)} | ${kb(worst)} | ${mark(worst < PEERS.firstSearchBytes)} |`,
    );
  }
  if (r.offline) {
    lines.push('', '## Offline', '');
    lines.push(
      `After one visit to the home page, the service worker saved the whole site (every page, the tools and the search index): ${kb(r.offline.bytes)} in ${r.offline.requests} requests, gzip on the wire. The footer said "Available offline" ${(r.offline.msUntilAvailable / 1000).toFixed(1)} s after the page was opened.`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
