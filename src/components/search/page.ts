/**
 * The /search/ page: the same panel as the dialog, in the page, started from the URL (`?q=&type=&purpose=&stage=`)
 * and keeping the URL in step as you type, so any search can be linked to and bookmarked.
 */
import { readSearchState, searchPageHref } from '../../lib/search/url-state.ts';
import { routes } from '../../lib/url.ts';
import { createSearchPanel } from './panel.ts';
import { loadSearchRuntime } from './runtime.ts';

/** Mounts the search panel into the page's `[data-search-page]` island and runs the search the URL asks for. */
export function mount(host: HTMLElement): void {
  const baseTitle = document.title;
  const initial = readSearchState(new URLSearchParams(location.search));
  const panel = createSearchPanel({
    id: 'search-page',
    context: 'page',
    initial,
    pageSize: 20,
    onSearch: (state) => {
      history.replaceState(history.state, '', searchPageHref(routes.search(), state));
      const query = state.query.trim();
      document.title = query ? `“${query}” · ${baseTitle}` : baseTitle;
    },
  });
  host.replaceChildren(panel.root);
  if (!initial.query) panel.input.focus();
  // Islands mount after the first paint (src/components/island-loader.ts), so the index can load straight away.
  void loadSearchRuntime({ worker: true }).then((runtime) => panel.connect(runtime));
}
