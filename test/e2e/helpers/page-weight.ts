import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { init, parse as parseImports } from 'es-module-lexer';
import { parse, type HTMLElement } from 'node-html-parser';

/** What one built page costs at first render, in bytes after gzip (level 9, as static hosts precompress). */
export interface PageWeight {
  /** URL path, e.g. `/guides/be-reachable/`. */
  page: string;
  htmlGzip: number;
  cssGzip: number;
  /** Script tags, module preloads and every island's component and renderer, with their static imports. */
  jsGzip: number;
  jsFiles: string[];
  /** The page's islands' code (src/components/island-loader.ts loads it after the first paint, when in view), with its static imports. */
  islandJsGzip: number;
  islandJsFiles: string[];
  cssFiles: string[];
  /** HTML + CSS files + JS files (favicon excluded). */
  requests: number;
  /** Font files or @font-face rules the page would load. */
  fonts: string[];
  /** Images without width and height, or below the header without loading="lazy". */
  imageProblems: string[];
}

/** Gzipped size of a text. */
export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Loads es-module-lexer's WebAssembly once. */
export const ready = init;

/** A file in dist for a root-relative URL (query and hash dropped). */
function distFile(dist: string, url: string): string {
  return path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
}

/** Every JS file a module pulls in through static imports, itself included. */
function staticGraph(dist: string, url: string, seen: Set<string>): void {
  if (seen.has(url) || !url.startsWith('/')) return;
  const file = distFile(dist, url);
  if (!existsSync(file)) throw new Error(`${url} is referenced but missing from dist/`);
  seen.add(url);
  const [imports] = parseImports(readFileSync(file, 'utf8'));
  for (const specifier of imports) {
    // d === -1: a static import; dynamic imports (d > -1) load later, not at first render.
    if (specifier.d !== -1 || !specifier.n) continue;
    staticGraph(dist, new URL(specifier.n, `http://site${url}`).pathname, seen);
  }
}

/** A module's URL and those of every module it imports statically, in dist/. Call `await ready` first. */
export function moduleGraph(dist: string, url: string): string[] {
  const seen = new Set<string>();
  staticGraph(dist, url, seen);
  return [...seen].sort();
}

/** Measures one built page. Call `await ready` first. */
export function measurePage(dist: string, page: string): PageWeight {
  const htmlFile = page.endsWith('/') ? path.join(dist, page, 'index.html') : path.join(dist, page);
  const html = readFileSync(htmlFile, 'utf8');
  const root = parse(html);

  const cssFiles = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href')!)
    .filter(Boolean);
  const inlineCss = root.querySelectorAll('style').map((s) => s.text);
  const cssTexts = [...cssFiles.map((href) => readFileSync(distFile(dist, href), 'utf8')), ...inlineCss];
  const cssGzip = cssTexts.reduce((sum, css) => sum + gzipSize(css), 0);

  const entryUrls = [
    ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...root.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!),
    ...root.querySelectorAll('astro-island').flatMap((island: HTMLElement) => [island.getAttribute('component-url')!, island.getAttribute('renderer-url')!]),
  ].filter(Boolean);
  const graph = new Set<string>();
  for (const url of entryUrls) staticGraph(dist, url, graph);
  const inlineScripts = root.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
  const inlineImports = new Set<string>();
  for (const script of inlineScripts) {
    const [imports] = parseImports(script.text);
    for (const specifier of imports) if (specifier.d === -1 && specifier.n?.startsWith('/')) staticGraph(dist, specifier.n, inlineImports);
  }
  for (const url of inlineImports) graph.add(url);
  const jsFiles = [...graph].sort();
  // Each [data-island] element names its island; the inline loader maps names to chunk URLs ({name:`/_astro/…js`}).
  const inlineCode = inlineScripts.map((s) => s.text).join('\n');
  const islandGraph = new Set<string>();
  for (const name of new Set(root.querySelectorAll('[data-island]').map((element) => element.getAttribute('data-island')!))) {
    const url = new RegExp(`["'\`]?\\b${name}["'\`]?:\\s*["'\`]([^"'\`]+\\.js)["'\`]`).exec(inlineCode)?.[1];
    if (!url) throw new Error(`${page}: island "${name}" has no URL in the page's inline scripts`);
    staticGraph(dist, url, islandGraph);
  }
  const islandJsFiles = [...islandGraph].filter((url) => !graph.has(url)).sort();
  const islandJsGzip = islandJsFiles.reduce((sum, url) => sum + gzipSize(readFileSync(distFile(dist, url))), 0);
  const jsGzip =
    jsFiles.reduce((sum, url) => sum + gzipSize(readFileSync(distFile(dist, url))), 0) + inlineScripts.reduce((sum, s) => sum + gzipSize(s.text), 0);

  const fonts = [
    ...root.querySelectorAll('link[rel="preload"][as="font"]').map((l) => l.getAttribute('href')!),
    ...cssTexts.filter((css) => /@font-face/i.test(css)).map(() => '@font-face'),
    ...root
      .querySelectorAll('link[href]')
      .map((l) => l.getAttribute('href')!)
      .filter((href) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(href)),
  ];
  const imageProblems = root.querySelectorAll('main img').flatMap((img) => {
    const problems: string[] = [];
    const src = img.getAttribute('src') ?? '(no src)';
    if (!img.getAttribute('width') || !img.getAttribute('height')) problems.push(`${src}: no width and height`);
    if (img.getAttribute('loading') !== 'lazy') problems.push(`${src}: not loading="lazy"`);
    return problems;
  });

  return {
    page,
    htmlGzip: gzipSize(html),
    cssGzip,
    jsGzip,
    jsFiles,
    islandJsGzip,
    islandJsFiles,
    cssFiles,
    requests: 1 + cssFiles.length + jsFiles.length,
    fonts,
    imageProblems,
  };
}

/** What a lazily loaded chunk adds once its action runs: the chunk and its static imports that `page` didn't already load. */
export interface LazyChunkWeight {
  /** The chunk's name before its hash, e.g. `voice-kit`. */
  name: string;
  jsGzip: number;
  jsFiles: string[];
}

/** Measures the lazy chunk named `name` (dist/_astro/<name>.<hash>.js) beyond what `page` loads at first render. Call `await ready` first. */
export function measureLazyChunk(dist: string, name: string, page: string): LazyChunkWeight {
  const file = readdirSync(path.join(dist, '_astro')).find((f) => f.startsWith(`${name}.`) && f.endsWith('.js'));
  if (!file) throw new Error(`No chunk named ${name} in dist/_astro/`);
  const graph = new Set<string>();
  staticGraph(dist, `/_astro/${file}`, graph);
  const already = new Set(measurePage(dist, page).jsFiles);
  const jsFiles = [...graph].filter((url) => !already.has(url)).sort();
  return { name, jsFiles, jsGzip: jsFiles.reduce((sum, url) => sum + gzipSize(readFileSync(distFile(dist, url))), 0) };
}
