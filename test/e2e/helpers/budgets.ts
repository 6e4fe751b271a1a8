/** Byte budgets per page type (gzip). Deterministic, so `npm test` enforces them; timings live in `npm run bench`. */
export const BUDGETS = {
  /** Guide, question, hub and home pages: only the theme and the search trigger. */
  contentJs: 1536,
  /** Island pages (checklist, salary, practice, prep, search), Preact included. */
  islandJs: 16384,
  html: 25600,
  css: 8192,
} as const;

/** Pages that host an interactive tool and may ship an island. */
const ISLAND_PAGES = ['/checklist/', '/salary/', '/practice/', '/prep/', '/search/', '/stories/', '/messages/'];

/** The kind of page, which decides its JavaScript budget. */
export function pageKind(page: string): 'island' | 'content' {
  return ISLAND_PAGES.includes(page) ? 'island' : 'content';
}

/** A page type for reports: home, guide, question, purpose hub, tool… */
export function pageType(page: string): string {
  if (page === '/') return 'home';
  if (ISLAND_PAGES.includes(page)) return page.replaceAll('/', '');
  if (/^\/guides\/[^/]+\/$/.test(page)) return 'guide';
  if (/^\/questions\/roles\/[^/]+\/$/.test(page)) return 'role list';
  if (/^\/questions\/[^/]+\/[^/]+\/$/.test(page)) return 'question';
  if (/^\/questions\/[^/]+\/$/.test(page)) return 'purpose hub';
  return 'other';
}
