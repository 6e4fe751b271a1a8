/**
 * The page side of offline support, loaded after the page has loaded: registers the service worker, asks it
 * to cache every page in the background (unless the reader turned that off or the browser asks to save
 * data), shows how that stands in the footer, and offers a reload when a new version is ready.
 */
import { Workbox } from 'workbox-window';
import { OFFLINE_MESSAGES } from '../../lib/offline/messages.ts';
import { offlineStatusText, type OfflineState } from '../../lib/offline/download.ts';
import { offlinePreferenceRecord } from '../../lib/offline/preference.ts';
import { browserStorage } from '../../lib/storage/key-value-storage.ts';
import { openRecordStore } from '../../lib/storage/versioned-store.ts';
import { whenIdle } from '../when-idle.ts';

/** Starts offline support for this page. `swUrl` and `scope` come from the footer's data attributes. */
export function startOffline(root: HTMLElement, swUrl: string, scope: string): void {
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  const toggle = root.querySelector<HTMLInputElement>('[data-offline-toggle]');
  const update = document.querySelector<HTMLElement>('[data-update-notice]');
  const store = openRecordStore(offlinePreferenceRecord, browserStorage());
  const saveData = !!(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;

  const say = (state: Parameters<typeof offlineStatusText>[0]) => {
    const text = offlineStatusText(state);
    if (status && text) status.textContent = text;
  };

  const wb = new Workbox(swUrl, { scope });
  let reloading = false;

  const download = () => void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: OFFLINE_MESSAGES.downloadAll }));

  const startIfWanted = () => {
    if (saveData) return say({ kind: 'save-data' });
    if (!store.load().value.background) return say({ kind: 'off' });
    // After the page has settled, so the download never competes with what the reader is doing.
    // A page that is never idle (a busy phone) still starts within a few seconds.
    whenIdle(download, 3000);
  };

  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data as { type?: string; state?: OfflineState } | null;
    if (data?.type === OFFLINE_MESSAGES.status && data.state) {
      say(data.state);
      root.dataset.offlineState = data.state.kind;
    }
  });

  if (toggle) {
    toggle.checked = store.load().value.background;
    toggle.disabled = false;
    toggle.addEventListener('change', () => {
      store.save({ version: 1, background: toggle.checked });
      if (toggle.checked) startIfWanted();
      else say({ kind: 'off' });
    });
  }

  if (update) {
    wb.addEventListener('waiting', () => {
      update.hidden = false;
    });
    update.querySelector('button')?.addEventListener('click', () => {
      reloading = true;
      wb.messageSkipWaiting();
    });
    // The new worker has taken over because the reader asked: reload into the new version.
    wb.addEventListener('controlling', () => {
      if (reloading) location.reload();
    });
  }

  root.hidden = false;
  wb.register().then(
    (registration) => {
      if (registration) retryFailedInstall(registration, swUrl, scope, () => say({ kind: 'install-failed' }));
      startIfWanted();
    },
    () => {
      root.hidden = true;
    },
  );
}

/** Install attempts on one page before it gives up until the reader's next page. */
const INSTALL_ATTEMPTS = 3;

/**
 * The first install fetches the shell, the tools and the search engine; if one of those requests fails (a dropped
 * signal), the browser discards the worker and nothing would try again until the next page. Try again a few times,
 * a little later each time, then say so.
 */
function retryFailedInstall(registration: ServiceWorkerRegistration, swUrl: string, scope: string, giveUp: () => void, attempt = 1): void {
  const worker = registration.installing;
  const check = () => {
    if (registration.active || registration.waiting || (worker && worker.state !== 'redundant')) return;
    if (attempt >= INSTALL_ATTEMPTS) return giveUp();
    setTimeout(() => {
      navigator.serviceWorker.register(swUrl, { scope }).then((next) => retryFailedInstall(next, swUrl, scope, giveUp, attempt + 1), giveUp);
    }, attempt * 5000);
  };
  // A worker that failed before this ran is already redundant (or gone), so look now as well as on each change.
  worker?.addEventListener('statechange', check);
  check();
}

const root = document.querySelector<HTMLElement>('[data-offline]');
// Without service workers (an old browser, a private window that blocks them) the site works as it always did.
if ('serviceWorker' in navigator && root?.dataset.swUrl && root.dataset.scope) startOffline(root, root.dataset.swUrl, root.dataset.scope);
