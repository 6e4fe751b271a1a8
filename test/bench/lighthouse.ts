import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, DESKTOP_CHROMIUM_PATH } from '../e2e/helpers/browser.ts';

/** The four Lighthouse category scores (0–100) and the timings we track. */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes of JavaScript the page fetched while Lighthouse watched it load (transfer size). */
  scriptBytes: number;
}

/** The median of the runs that produced a number (Lighthouse now and then reports no value for a metric). */
function median(values: number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs Lighthouse's default (mobile, simulated slow 4G) navigation audit `runs` times against one URL
 * with the system's desktop Chromium, and returns the median of each number.
 */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: DESKTOP_CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no report for ${url}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        scriptBytes: ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [])
          .filter((request) => request.resourceType === 'Script')
          .reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
      });
    }
    const pick = (key: keyof LighthouseResult) => median(results.map((r) => r[key]));
    return {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      lcpMs: Math.round(pick('lcpMs')),
      tbtMs: Math.round(pick('tbtMs')),
      cls: Number(pick('cls').toFixed(3)),
      scriptBytes: Math.round(pick('scriptBytes')),
    };
  } finally {
    chrome.kill();
  }
}
