import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, builtHtmlFiles, isBuiltPath, sitemapPaths } from './helpers/site.ts';

/** Every built HTML file, as a URL path (`/guides/x/`, `/404.html`). */
const htmlFiles = builtHtmlFiles()
  .map((file) => `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, ''))
  .sort();
const pages = new Map<string, HTMLElement>(
  htmlFiles.map((page) => [page, parse(readFileSync(path.join(DIST, page.endsWith('/') ? `${page}index.html` : page), 'utf8'))]),
);
const sitemap = sitemapPaths();
const SITE = 'http://site.test';

/** Internal link targets on a page, resolved to path + fragment. */
function internalLinks(page: string): URL[] {
  return pages
    .get(page)!
    .querySelectorAll('a[href]')
    .map((a) => new URL(a.getAttribute('href')!, `${SITE}${page}`))
    .filter((url) => url.origin === SITE);
}

describe('valid HTML', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: ['html-validate:recommended'] }));
  it.each(htmlFiles)('%s has no html-validate errors', async (page) => {
    const file = path.join(DIST, page.endsWith('/') ? `${page}index.html` : page);
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  it('every internal href and #fragment resolves', () => {
    const broken: string[] = [];
    for (const page of htmlFiles) {
      for (const url of internalLinks(page)) {
        if (!isBuiltPath(url.pathname)) broken.push(`${page} → ${url.pathname}`);
        else if (url.hash) {
          const target = pages.get(url.pathname) ?? pages.get(`${url.pathname}/`);
          const id = decodeURIComponent(url.hash.slice(1));
          if (target && !target.getElementById(id)) broken.push(`${page} → ${url.pathname}${url.hash}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page is reachable from the home page (no orphans)', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      const page = queue.shift()!;
      for (const url of internalLinks(page)) {
        if (pages.has(url.pathname) && !seen.has(url.pathname)) {
          seen.add(url.pathname);
          queue.push(url.pathname);
        }
      }
    }
    expect(sitemap.filter((page) => !seen.has(page))).toEqual([]);
  });

  it('the sitemap lists every page, and only them', () => {
    const indexable = htmlFiles.filter((page) => page !== '/404.html');
    expect([...sitemap].sort()).toEqual(indexable);
  });

  it('opens no new window without rel="noopener", and marks external links as external', () => {
    const problems: string[] = [];
    for (const [page, root] of pages) {
      for (const a of root.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (a.getAttribute('target') === '_blank' && !rel.includes('noopener') && !rel.includes('noreferrer'))
          problems.push(`${page}: ${href} opens a window without noopener`);
        if (/^https?:\/\//.test(href) && new URL(href).origin !== SITE && !rel.includes('external'))
          problems.push(`${page}: ${href} is external but not marked rel="external"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('self-contained', () => {
  it('loads nothing from another host: no third-party scripts, styles, images, frames or fonts', () => {
    const offsite: string[] = [];
    const isOffsite = (url: string) => /^(https?:)?\/\//i.test(url.trim());
    for (const [page, root] of pages) {
      for (const el of root.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src], object[data], embed[src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
        const isCanonicalOrMeta = el.tagName === 'LINK' && /canonical|alternate/.test(el.getAttribute('rel') ?? '');
        if (isOffsite(url) && !isCanonicalOrMeta) offsite.push(`${page}: <${el.tagName.toLowerCase()}> ${url}`);
      }
    }
    const assets = (readdirSync(DIST, { recursive: true }) as string[]).filter((file) => /\.(css|js|mjs)$/.test(file));
    for (const file of assets) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      for (const match of text.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) offsite.push(`${file}: url(${match[1]})`);
      for (const match of text.matchAll(/@import\s+(?:url\()?\s*['"]((?:https?:)?\/\/[^'"]+)/gi)) offsite.push(`${file}: @import ${match[1]}`);
      for (const match of text.matchAll(/\bimport\(\s*['"`]((?:https?:)?\/\/[^'"`]+)/gi)) offsite.push(`${file}: import(${match[1]})`);
    }
    expect(offsite).toEqual([]);
  });
});
