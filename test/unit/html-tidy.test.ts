import { describe, expect, it } from 'vitest';
import { tidyHtml } from '../../src/lib/html-tidy.ts';

describe('tidyHtml', () => {
  it('drops the slash from void elements, keeping attributes intact', () => {
    expect(tidyHtml('<p><input type="checkbox" id="a" data-x="1/2"/><br /></p>')).toBe('<p><input type="checkbox" id="a" data-x="1/2"><br></p>');
  });
  it('leaves a slash inside an attribute value alone', () => {
    expect(tidyHtml('<img alt="a/>b" src="x.svg"/>')).toBe('<img alt="a/>b" src="x.svg">');
  });
  it('does not touch non-void elements', () => {
    expect(tidyHtml('<div/><span class="x"/>')).toBe('<div/><span class="x"/>');
  });
  it('moves the island style from the body into the head, once', () => {
    const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const html = `<html><head><title>x</title></head><body>${style}<astro-island></astro-island>${style}</body></html>`;
    expect(tidyHtml(html)).toBe(`<html><head><title>x</title>${style}</head><body><astro-island></astro-island></body></html>`);
  });
});
