import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The built site's folder. */
export const DIST = path.resolve('dist');

/** Every HTML file a build wrote, relative to its folder (`index.html`, `guides/x/index.html`, `404.html`), sorted. */
export function builtHtmlFiles(dist: string = DIST): string[] {
  return (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** Every page path listed in the built sitemap, e.g. `/guides/why-phone-screen/`. */
export function sitemapPaths(dist: string = DIST): string[] {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return maps.flatMap((map) => {
    const xml = readFileSync(path.join(dist, map), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  });
}

/** True when a URL path resolves to a built file, the way the static server resolves it. */
export function isBuiltPath(urlPath: string): boolean {
  const file = path.join(DIST, decodeURIComponent(urlPath));
  return urlPath.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file) || existsSync(path.join(file, 'index.html'));
}
