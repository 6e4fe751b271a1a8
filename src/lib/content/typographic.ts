/**
 * Curly quotes and apostrophes for text the Markdown processor's smart punctuation never sees: frontmatter (titles,
 * descriptions, question prompts, checklist items, source titles, through `displayText` in src/schemas/common.ts) and
 * the text props of the MDX components (an answer's "why", a script's label). MDX bodies get the same treatment from
 * that processor, so a heading and the paragraph under it read the same. Text written in the site's own pages and
 * tools uses the curly characters directly (test/content/typography.test.ts checks every built page).
 */

/** Characters after which a quote opens: the start, a space, an opening bracket, a dash or another opening quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013/“‘-]/u;

/** Replaces every straight `"` and `'` with its curly form: “…”, ‘…’, and ’ in words like "don't" or "'90s". */
export function typographic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    const opens = OPENS_AFTER.test(before) && /\S/u.test(after);
    if (char === '"') out += opens ? '“' : '”';
    // An apostrophe before a digit ("'90s") is never an opening quote.
    else out += opens && !/\d/u.test(after) ? '‘' : '’';
  }
  return out;
}
