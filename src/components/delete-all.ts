/**
 * Wires the privacy page's "Delete everything this site saved" control, after load (src/components/after-load.ts),
 * so the content page pays nothing at first render. It asks for confirmation before deleting.
 */
import { deleteEverything } from '../lib/privacy/delete-all.ts';

/** localStorage, or null where touching it throws. */
function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const root = document.querySelector<HTMLElement>('[data-delete-all]');
if (root) {
  const start = root.querySelector<HTMLButtonElement>('[data-delete-start]')!;
  const confirm = root.querySelector<HTMLElement>('[data-delete-confirm]')!;
  const status = root.querySelector<HTMLElement>('[data-delete-status]')!;
  start.hidden = false;
  start.addEventListener('click', () => {
    confirm.hidden = false;
    status.textContent = '';
    confirm.querySelector<HTMLButtonElement>('[data-delete-cancel]')!.focus();
  });
  confirm.querySelector('[data-delete-cancel]')!.addEventListener('click', () => {
    confirm.hidden = true;
    start.focus();
  });
  confirm.querySelector('[data-delete-yes]')!.addEventListener('click', async () => {
    confirm.hidden = true;
    const databases = (() => {
      try {
        return window.indexedDB ?? null;
      } catch {
        return null;
      }
    })();
    const report = await deleteEverything({ storage: localStore(), databases });
    status.textContent =
      report.problem ??
      `Done. Everything this site saved in this browser is deleted (${report.removedKeys} saved ${report.removedKeys === 1 ? 'item' : 'items'}, and any practice recordings).`;
    start.focus();
  });
  root.dataset.ready = '';
}
