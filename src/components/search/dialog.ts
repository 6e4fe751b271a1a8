/**
 * The search dialog: a modal `<dialog>` around the search panel. The header trigger imports this module
 * the first time search is opened, so a page that never searches never downloads it, its styles, or Pagefind.
 */
import stylesheetUrl from './search.css?url';
import { searchPageHref, type SearchState } from '../../lib/search/url-state.ts';
import { routes } from '../../lib/url.ts';
import { createSearchPanel, type SearchPanel } from './panel.ts';
import { loadSearchRuntime } from './runtime.ts';

interface Dialog {
  element: HTMLDialogElement;
  panel: SearchPanel;
}

/** The same search on the search page, which shows every result and can be bookmarked. */
const fullResultsHref = (state: SearchState) => searchPageHref(routes.search(), state);

let built: Promise<Dialog> | undefined;
let returnFocusTo: HTMLElement | null = null;

/** Loads the dialog's stylesheet and waits for it, so the dialog never flashes unstyled. */
function loadStyles(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve()); // Unstyled beats unusable.
    document.head.append(link);
  });
}

/** Every element Tab can reach inside the dialog, in order. */
function tabbable(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])')].filter(
    (node) => !node.closest('[hidden]') && node.getClientRects().length > 0,
  );
}

async function build(): Promise<Dialog> {
  await loadStyles();
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');

  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'secondary sd-close';
  close.textContent = 'Close';
  close.setAttribute('aria-keyshortcuts', 'Escape');
  close.addEventListener('click', () => element.close());
  const head = document.createElement('div');
  head.className = 'sd-head';
  head.append(title, close);

  const allResults = document.createElement('a');
  allResults.className = 'sd-all';
  allResults.href = fullResultsHref({ query: '', filters: {} });
  allResults.textContent = 'Open the search page';

  const panel = createSearchPanel({
    id: 'search-dialog',
    context: 'dialog',
    initial: { query: '', filters: {} },
    // Five results fit a phone screen; each one costs a fragment download, so more load only when asked.
    pageSize: 5,
    onSearch: (state) => {
      allResults.href = fullResultsHref(state);
      allResults.textContent = state.query.trim() ? 'See all results on the search page' : 'Open the search page';
    },
  });
  element.append(head, panel.root, allResults);

  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  element.addEventListener('click', (event) => {
    if (event.target !== element) return;
    const box = element.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) element.close();
  });
  element.addEventListener('keydown', (event) => {
    // Esc closes at once. In a search box Chrome's first Esc would only clear the text.
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      element.close();
      return;
    }
    // Keep Tab inside the dialog: from the last control back to the first, and the other way round.
    if (event.key !== 'Tab') return;
    const stops = tabbable(element);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  element.addEventListener('close', () => {
    const target = returnFocusTo;
    returnFocusTo = null;
    if (target?.isConnected) target.focus();
  });

  document.body.append(element);
  void loadSearchRuntime().then((runtime) => panel.connect(runtime));
  return { element, panel };
}

/**
 * Opens the dialog (building it on first use) with the cursor in the search box, and remembers where focus
 * was so closing it puts the reader back there.
 */
export async function openSearchDialog(returnTo: HTMLElement | null): Promise<void> {
  built ??= build();
  const { element, panel } = await built;
  if (!element.open) {
    returnFocusTo = returnTo;
    element.showModal();
  }
  panel.input.focus();
  panel.input.select();
}
