/**
 * The background download that makes every page available offline, as a pure loop over injected cache and
 * network functions, so the service worker stays a thin shell and the rules are unit-tested.
 */

/** Where a background download stands; the page shows it in the footer. */
export type OfflineState =
  /** Everything is cached. */
  | { kind: 'ready'; done: number; total: number }
  /** Still going. */
  | { kind: 'downloading'; done: number; total: number }
  /** Stopped because the browser's storage for this site is full; what was cached stays. */
  | { kind: 'full'; done: number; total: number }
  /** Some files failed (a bad connection); they are tried again on a later visit. */
  | { kind: 'partial'; done: number; total: number; failed: number };

/** What the loop needs from the service worker. */
export interface DownloadPorts {
  /** True when the URL is already in the cache. */
  has(url: string): Promise<boolean>;
  /** Fetches the URL and stores it; throws on a network error, a bad status or a full quota. */
  add(url: string): Promise<void>;
  /** Called after each file, for a progress line. */
  report(state: OfflineState): void;
}

/** True when a failed write means the storage quota is used up (names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * Caches each URL not yet cached, one at a time so the page in use keeps the network. A full quota stops
 * the loop (what is cached stays); a failed file is skipped and counted, to be tried again later.
 */
export async function downloadAll(urls: readonly string[], ports: DownloadPorts): Promise<OfflineState> {
  const total = urls.length;
  let done = 0;
  let failed = 0;
  // Say at once that it has started: the first file may take a while on one bar of signal.
  ports.report({ kind: 'downloading', done, total });
  for (const url of urls) {
    if (await ports.has(url)) {
      done += 1;
      continue;
    }
    try {
      await ports.add(url);
      done += 1;
    } catch (error) {
      if (isQuotaError(error)) {
        const state: OfflineState = { kind: 'full', done, total };
        ports.report(state);
        return state;
      }
      failed += 1;
    }
    ports.report({ kind: 'downloading', done, total });
  }
  const state: OfflineState = failed > 0 ? { kind: 'partial', done, total, failed } : { kind: 'ready', done, total };
  ports.report(state);
  return state;
}

/** The footer's sentence for a state; null when there is nothing worth saying yet. */
export function offlineStatusText(
  state: OfflineState | { kind: 'off' } | { kind: 'save-data' } | { kind: 'install-failed' } | { kind: 'unsupported' },
): string | null {
  switch (state.kind) {
    case 'ready':
      return 'Available offline: every guide, question and tool, and search.';
    case 'downloading':
      return `Saving pages for offline use: ${state.done} of ${state.total}.`;
    case 'full':
      return `Your browser’s storage for this site is full, so only ${state.done} of ${state.total} pages are saved for offline use. The tools and the pages you have opened still work offline.`;
    case 'partial':
      return `Saved ${state.done} of ${state.total} pages for offline use; ${state.failed} could not be fetched and will be tried again on your next visit.`;
    case 'off':
      return 'Offline download is off. The tools and the pages you have opened still work offline.';
    case 'install-failed':
      return 'This site couldn’t be saved for offline use this time. It works online as usual and will try again the next time you open a page.';
    case 'save-data':
      return 'Your browser asked to save data, so only the tools and the pages you open are kept for offline use.';
    case 'unsupported':
      return null;
  }
}
