import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** The built site's folder. */
export const DIST = path.resolve('dist');

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
