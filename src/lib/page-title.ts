/** Longest <title> we emit: search engines cut longer ones, and html-validate's long-title rule agrees. */
export const MAX_TITLE = 70;

/** The site name appended to page titles when there is room. */
export const SITE_NAME = 'Phone Screen Guide';

/**
 * The document title for a page: "Title · Phone Screen Guide" when that fits in 70 characters,
 * the title alone when only it fits, or the title cut at a word boundary with an ellipsis.
 */
export function pageTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === SITE_NAME) return clean;
  const withSite = `${clean} · ${SITE_NAME}`;
  if (withSite.length <= MAX_TITLE) return withSite;
  if (clean.length <= MAX_TITLE) return clean;
  const cut = clean.slice(0, MAX_TITLE - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}
