/**
 * Turns a heading's slug into an id that starts with a letter. HTML allows ids like "1-research",
 * but CSS selectors and html-validate's recommended rules do not, and guides number their steps.
 */
export function letterFirstId(slug: string): string {
  return /^[a-z]/i.test(slug) ? slug : `step-${slug.replace(/^-+/, '')}`;
}
