/** Longest <title> we emit: search engines cut longer ones, and html-validate's long-title rule agrees. */
export const MAX_TITLE = 70;

/** The site name appended to page titles when there is room. */
export const SITE_NAME = 'Phone Screen Guide';

/** Length of a text once HTML-escaped, as it stands in the built page (validators count it that way). */
export function escapedLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').length;
}

/**
 * The document title for a page: "Title · Phone Screen Guide" when that fits in 70 characters,
 * the title alone when only it fits, or the title cut at a word boundary with an ellipsis.
 */
export function pageTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === SITE_NAME) return clean;
  const withSite = `${clean} · ${SITE_NAME}`;
  if (escapedLength(withSite) <= MAX_TITLE) return withSite;
  if (escapedLength(clean) <= MAX_TITLE) return clean;
  const words = clean.split(' ');
  while (words.length > 1 && escapedLength(`${words.join(' ')}…`) > MAX_TITLE) words.pop();
  let cut = words.join(' ').replace(/[\s,;:.!?-]+$/, '');
  // A single enormous word: cut it by characters.
  while (escapedLength(`${cut}…`) > MAX_TITLE) cut = cut.slice(0, -1);
  return `${cut}…`;
}
