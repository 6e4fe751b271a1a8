import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tidyIslandHtml } from '../../src/lib/island-html.ts';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('tidyIslandHtml', () => {
  it('moves the island style into the head and writes void elements without a slash', () => {
    const page = `<html><head><title>t</title></head><body><main><div>${STYLE}<script>x</script><astro-island><input type="text" value="a/b"/><br/><img src="/a.svg" alt=""  /></astro-island></div></main></body></html>`;
    expect(tidyIslandHtml(page)).toBe(
      `<html><head><title>t</title>${STYLE}</head><body><main><div><script>x</script><astro-island><input type="text" value="a/b"><br><img src="/a.svg" alt=""></astro-island></div></main></body></html>`,
    );
  });

  it('keeps a quoted "/>" or ">" inside its attribute value', () => {
    expect(tidyIslandHtml('<input title="a/>b" data-x=\'c > d\' checked/>')).toBe('<input title="a/>b" data-x=\'c > d\' checked>');
  });

  it('leaves pages without islands, and non-void elements, exactly as they were', () => {
    const page = '<html><head><meta charset="utf-8"><style>p{}</style></head><body><p>1 / 2</p><svg><path d="M0 0"/></svg></body></html>';
    expect(tidyIslandHtml(page)).toBe(page);
  });

  it('is idempotent and never changes the text outside tags', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = text.replace(/[<>]/g, '');
        const page = `<html><head></head><body><p>${safe}</p>${STYLE}<input value="${safe.replace(/"/g, '')}"/></body></html>`;
        const once = tidyIslandHtml(page);
        expect(tidyIslandHtml(once)).toBe(once);
        expect(once).toContain(`<p>${safe}</p>`);
        expect(once.indexOf(STYLE)).toBeLessThan(once.indexOf('</head>'));
      }),
    );
  });
});
