/**
 * Which built files the service worker caches when: a small set at install (the shell, the tools and the
 * search engine), and the rest in the background once a page has loaded. Pure, so the build and the tests
 * share one answer.
 */

/** Pages precached at install: the home page, every tool, search, and the page shown for an uncached URL. */
export const INSTALL_PAGES = [
  'index.html',
  'checklist/index.html',
  'salary/index.html',
  'practice/index.html',
  'prep/index.html',
  'search/index.html',
  'offline/index.html',
] as const;

/** What one built file is for offline. */
export type OfflineRole = 'install' | 'background' | 'never';

/**
 * The role of a file, by its path relative to dist/ (forward slashes). Install: the tools, the shell's
 * scripts and styles, the salary data, Pagefind's engine, page list and filters, the manifest and icons.
 * Background: every other page and Pagefind's index chunks and result fragments. Never: files a browser
 * never asks a service worker for (headers, sitemaps, Pagefind's unused UI kits and worker, source maps).
 */
export function offlineRole(file: string): OfflineRole {
  if ((INSTALL_PAGES as readonly string[]).includes(file)) return 'install';
  if (file === '404.html') return 'never';
  if (file.endsWith('.html')) return 'background';
  if (file.startsWith('_astro/')) return /\.(js|css|svg|png|woff2?)$/.test(file) ? 'install' : 'never';
  if (file.startsWith('pagefind/')) {
    const name = file.slice('pagefind/'.length);
    if (name.startsWith('index/') || name.startsWith('fragment/')) return 'background';
    if (name.startsWith('filter/') || name === 'pagefind.js' || name === 'pagefind-entry.json' || name === 'pagefind-highlight.js') return 'install';
    if (name === 'wasm.en.pagefind' || name.endsWith('.pf_meta')) return 'install';
    return 'never';
  }
  if (file.startsWith('salary/') && file.endsWith('.json')) return 'install';
  if (file === 'manifest.webmanifest' || file.startsWith('icons/') || file === 'favicon.svg') return 'install';
  return 'never';
}

/** Splits built files into the install set and the background set, each sorted for stable output. */
export function offlinePlan(files: readonly string[]): { install: string[]; background: string[] } {
  const install: string[] = [];
  const background: string[] = [];
  for (const file of [...files].sort()) {
    const role = offlineRole(file);
    if (role === 'install') install.push(file);
    else if (role === 'background') background.push(file);
  }
  return { install, background };
}

/** The URL a built file is fetched at: `guides/x/index.html` is asked for as `/guides/x/`. */
export function fileUrl(file: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
