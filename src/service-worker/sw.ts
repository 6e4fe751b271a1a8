/// <reference lib="webworker" />
/**
 * The service worker: the install set is precached (Workbox injects the list at build time); pages and
 * search chunks are cached in the background on request from the page; a page never cached shows the
 * offline page. Every cache name carries the build id, so one build's HTML is never served with another
 * build's scripts, and a new version waits until the reader chooses to reload.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { downloadAll, type OfflineState } from '../lib/offline/download.ts';
import { OFFLINE_MESSAGES, offlineCacheNames, isOtherBuildCache } from '../lib/offline/messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
/** Set by the build: the id of this build, and the site's base path. */
declare const __BUILD_ID__: string;
declare const __BASE__: string;

const caches_ = offlineCacheNames(__BUILD_ID__);

precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: false, ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Pages: from this build's cache first, so a page always comes with this build's scripts; else the network.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  new CacheFirst({ cacheName: caches_.pages, matchOptions: { ignoreSearch: true } }),
);
// Search index chunks and fragments are content-hashed: whatever is cached is right.
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith(`${__BASE__}pagefind/`), new CacheFirst({ cacheName: caches_.search }));

// A page that is neither cached nor reachable gets the designed offline page, never the browser's error.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') return (await matchPrecache(`${__BASE__}offline/index.html`)) ?? Response.error();
  return Response.error();
});

/** The cache a background URL belongs in: the same one its route reads. */
const cacheFor = (url: string) => (url.startsWith(`${__BASE__}pagefind/`) ? caches_.search : caches_.pages);

/** Tells every open page how the background download stands. */
async function broadcast(state: OfflineState): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
    client.postMessage({ type: OFFLINE_MESSAGES.status, buildId: __BUILD_ID__, state });
}

/** A file that has not arrived by then counts as failed (tried again on a later visit), so one stalled request on a
 * weak signal cannot hold up the rest of the download. */
const FILE_TIMEOUT_MS = 30_000;

let running: Promise<OfflineState> | null = null;

/** Caches every page and search chunk the build listed, one at a time; a second request joins the first. */
function downloadEverything(): Promise<OfflineState> {
  running ??= (async () => {
    const listUrl = `${__BASE__}offline-files.json`;
    const response = await fetch(listUrl, { cache: 'no-cache', signal: AbortSignal.timeout(FILE_TIMEOUT_MS) });
    const { buildId, urls } = (await response.json()) as { buildId: string; urls: string[] };
    // A list from another build would fill this build's cache with the wrong pages.
    if (buildId !== __BUILD_ID__) return { kind: 'partial', done: 0, total: urls.length, failed: urls.length } as OfflineState;
    const opened = new Map<string, Cache>();
    const open = async (name: string) => opened.get(name) ?? opened.set(name, await caches.open(name)).get(name)!;
    return downloadAll(urls, {
      has: async (url) => !!(await (await open(cacheFor(url))).match(url, { ignoreSearch: true })),
      add: async (url) => {
        const reply = await fetch(url, { credentials: 'same-origin', signal: AbortSignal.timeout(FILE_TIMEOUT_MS) });
        if (!reply.ok) throw new Error(`${url}: ${reply.status}`);
        await (await open(cacheFor(url))).put(url, reply);
      },
      report: (state) => void broadcast(state),
    });
  })().finally(() => (running = null));
  return running;
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === OFFLINE_MESSAGES.skipWaiting) void self.skipWaiting();
  else if (type === OFFLINE_MESSAGES.downloadAll)
    event.waitUntil(downloadEverything().catch(() => broadcast({ kind: 'partial', done: 0, total: 0, failed: 1 })));
});

// Old builds' page and search caches go once this build takes over; saved tool data lives in localStorage
// and IndexedDB, which no cache update touches.
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (isOtherBuildCache(name, __BUILD_ID__)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});
