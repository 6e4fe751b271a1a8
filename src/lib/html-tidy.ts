/** HTML void elements: they never have content, so they need no closing slash. */
const VOID = 'area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr';
const SELF_CLOSED_VOID = new RegExp(`<(${VOID})\\b((?:[^>"']|"[^"]*"|'[^']*')*?)\\s*/>`, 'gi');
/** The style rule Astro writes into <body> for island wrappers; only <head> may hold <style>. */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

/**
 * Tidies a built page so it validates: Preact's renderer writes void elements as `<input/>`, and Astro
 * puts its island style in <body>. Drops the slashes and moves that style into <head>.
 */
export function tidyHtml(html: string): string {
  let out = html.replace(SELF_CLOSED_VOID, '<$1$2>');
  const styles = out.match(ISLAND_STYLE);
  if (styles) {
    const headEnd = out.indexOf('</head>');
    const bodyStart = out.indexOf('<body');
    if (headEnd !== -1 && bodyStart > headEnd) {
      const body = out.slice(headEnd).replace(ISLAND_STYLE, '');
      out = `${out.slice(0, headEnd)}${styles[0]}${body}`;
    }
  }
  return out;
}
