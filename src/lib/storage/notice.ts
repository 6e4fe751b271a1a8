import type { LoadProblem, SaveStatus } from './versioned-store.ts';

/**
 * The polite, specific sentence an island shows about saving, or null when all is well.
 * `what` names the data in the reader's words, e.g. "your checklist progress".
 */
export function storageNotice(status: SaveStatus, problem: LoadProblem | undefined, what: string): string | null {
  switch (status) {
    case 'unavailable':
      return `Your browser isn’t letting this site save data here (private browsing can do this), so ${what} will not be saved. Everything still works until you close this tab.`;
    case 'full':
      return `Your browser’s storage for this site is full, so ${what} can’t be saved right now. Your changes last until you close this tab.`;
    case 'newer-version':
      return `A newer version of this site saved ${what}. We’ve left it untouched; reload the page to see it. Changes you make now won’t be saved.`;
    case 'saved':
      if (problem === 'corrupt' || problem === 'invalid' || problem === 'unknown-version')
        return `We couldn’t read ${what} saved earlier, so we started fresh. A copy of the old data is kept in this browser.`;
      return null;
  }
}
