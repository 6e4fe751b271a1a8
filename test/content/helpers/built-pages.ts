import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built site. Content tests that read pages need `npm run build` first (npm test does this). */
export const DIST = path.resolve('dist');

/** Block elements whose end also ends a sentence for readability scoring (headings, list items, cells…). */
const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION', 'DIV', 'SECTION', 'ASIDE', 'TR', 'PRE', 'LABEL']);

/** Parses a built page, e.g. `guides/be-reachable/index.html`. */
export function readBuiltPage(relative: string): HTMLElement {
  const file = path.join(DIST, relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx astro build\` before the content tests.`);
  return parse(readFileSync(file, 'utf8'));
}

/** Slugs of the built pages under a folder, e.g. builtSlugs('guides'). */
export function builtSlugs(folder: string): string[] {
  const dir = path.join(DIST, folder);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name);
}

/** The visible text of an element, with a line break after every block element so each counts as a sentence end. */
export function blockText(element: HTMLElement): string {
  let out = '';
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.text;
      else if (child.nodeType === 1) {
        const el = child as HTMLElement;
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        walk(el);
        if (BLOCK_TAGS.has(el.tagName)) out += '\n';
      }
    }
  };
  walk(element);
  return out.replace(/[ \t]+/g, ' ').replace(/\n\s*/g, '\n').trim();
}
