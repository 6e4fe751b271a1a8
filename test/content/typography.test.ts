import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { readBuiltPage } from './helpers/built-pages.ts';
import { builtHtmlFiles } from '../e2e/helpers/site.ts';

/*
 * Curly quotes and apostrophes everywhere a reader sees text: MDX bodies get them from smart punctuation, frontmatter
 * and component props from typographic() (src/lib/content/typographic.ts), and the site's own pages and tools are
 * written with them. A straight ' or " left in one place (“don't” beside “don’t”) reads as a mistake.
 */

/** Where straight quotes are right: code, keys to press, and what is not text at all. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE', 'KBD', 'TEXTAREA', 'TEMPLATE']);
/** Attributes a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];
/** Meta tags whose content appears in search results and link previews. */
const SHOWN_META = 'meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]';

const htmlFiles = builtHtmlFiles();

/** Every piece of shown text on a page that has a straight quote in it. */
function straightQuotes(page: HTMLElement): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    if (/['"]/.test(text)) found.push(`${where}: ${text.trim().slice(0, 120)}`);
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) return check(node.text, 'text');
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    if (NOT_PROSE.has(element.tagName)) return;
    for (const name of SHOWN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) check(value, name);
    }
    for (const child of element.childNodes) walk(child);
  };
  walk(page);
  for (const meta of page.querySelectorAll(SHOWN_META)) check(meta.getAttribute('content') ?? '', 'meta');
  return found;
}

describe('typography', () => {
  it('has built pages to check', () => {
    expect(htmlFiles.length).toBeGreaterThan(100);
  });

  it.each(htmlFiles)('%s shows curly quotes and apostrophes only', (file) => {
    expect(straightQuotes(readBuiltPage(file))).toEqual([]);
  });
});
