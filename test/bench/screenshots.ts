/**
 * Screenshots of each page type at a phone and a desktop width, light and dark, for a reviewer to look at
 * side by side. Written to test/bench/screenshots/ (git-ignored, never committed). `npm run bench` calls
 * `takeScreenshots`; run alone with `node test/bench/screenshots.ts` after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../e2e/helpers/browser.ts';
import { serveStatic } from '../e2e/helpers/server.ts';

/** One page of each type the site has, by the name its screenshots carry. */
export const SCREENSHOT_PAGES: Record<string, string> = {
  home: '/',
  guide: '/guides/salary-expectations/',
  question: '/questions/salary/what-salary-are-you-looking-for/',
  hub: '/questions/salary/',
  checklist: '/checklist/',
  salary: '/salary/',
  practice: '/practice/',
  prep: '/prep/',
  search: '/search/?q=salary',
  '404': '/404.html',
};

/** The widths compared: a common phone and a common laptop. */
export const SCREENSHOT_WIDTHS = [390, 1366];

/** Where the PNGs go (listed in .gitignore). */
export const SCREENSHOT_DIR = path.resolve('test/bench/screenshots');

/** Writes `<type>-<width>-<theme>.png` (full page) for every page type, width and theme; returns the files. */
export async function takeScreenshots(dist = 'dist', outDir = SCREENSHOT_DIR, pages = SCREENSHOT_PAGES): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const files: string[] = [];
  try {
    for (const width of SCREENSHOT_WIDTHS) {
      for (const theme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: width < 800 ? 844 : 900 }, colorScheme: theme, baseURL: server.url });
        const page = await context.newPage();
        for (const [type, url] of Object.entries(pages)) {
          await page.goto(url, { waitUntil: 'networkidle' });
          // Islands hydrate after paint or when seen: give them a moment so the picture shows the working page.
          await page.waitForTimeout(400);
          const file = path.join(outDir, `${type}-${width}-${theme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          files.push(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const only = process.argv.slice(2);
  const pages = only.length ? Object.fromEntries(Object.entries(SCREENSHOT_PAGES).filter(([type]) => only.includes(type))) : SCREENSHOT_PAGES;
  const files = await takeScreenshots('dist', SCREENSHOT_DIR, pages);
  process.stdout.write(`${files.length} screenshots in ${path.relative(process.cwd(), SCREENSHOT_DIR)}/\n`);
}
