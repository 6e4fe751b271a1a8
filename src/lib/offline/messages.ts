/** What the page and the service worker say to each other, and the names of the caches they share. */

/** Message types between the page and the service worker. */
export const OFFLINE_MESSAGES = {
  /** Page → worker: the reader chose to reload into the new version. */
  skipWaiting: 'SKIP_WAITING',
  /** Page → worker: cache every page and search chunk in the background. */
  downloadAll: 'PSG_DOWNLOAD_ALL',
  /** Worker → page: how the background download stands. */
  status: 'PSG_OFFLINE_STATUS',
} as const;

/** The prefix of every cache this site makes besides Workbox's precache. */
const PREFIX = 'psg-';

/** The runtime caches of one build: names carry the build id so builds never mix. */
export function offlineCacheNames(buildId: string): { pages: string; search: string } {
  return { pages: `${PREFIX}pages-${buildId}`, search: `${PREFIX}search-${buildId}` };
}

/** True for a runtime cache this site made for a build other than `buildId` (to delete on activation). */
export function isOtherBuildCache(name: string, buildId: string): boolean {
  return name.startsWith(PREFIX) && !name.endsWith(`-${buildId}`);
}
