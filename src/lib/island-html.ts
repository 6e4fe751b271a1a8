/**
 * Tidies what framework islands write into a built page, so it is valid HTML (html-validate, recommended):
 * - Astro puts `<style>astro-island,…{display:contents}</style>` in front of the first island, wherever
 *   that is in the body; a `<style>` belongs in `<head>`, so it moves there (the CSP hash still matches);
 * - Preact's server renderer closes void elements XML-style (`<input/>`); HTML writes them `<input>`.
 */

/** The style tag Astro emits before the first island on a page. */
const ISLAND_STYLE = /<style>(astro-island,astro-slot,astro-static-slot\{display:contents\})<\/style>/;

/** Void elements written with a self-closing slash; attributes are matched whole, so a quoted "/>" stays inside its value. */
const SELF_CLOSED_VOID = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)((?:\s+[^\s"'<>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/>/g;

/** Returns the page with the island style in `<head>` and void elements written the HTML way. */
export function tidyIslandHtml(html: string): string {
  let out = html;
  const style = ISLAND_STYLE.exec(out);
  const headEnd = out.indexOf('</head>');
  if (style && headEnd !== -1 && style.index > headEnd) {
    out = out.slice(0, style.index) + out.slice(style.index + style[0].length);
    out = `${out.slice(0, headEnd)}${style[0]}${out.slice(headEnd)}`;
  }
  return out.replace(SELF_CLOSED_VOID, (_match, tag: string, attributes: string | undefined) => `<${tag}${attributes ?? ''}>`);
}
