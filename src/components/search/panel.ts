/**
 * The search box, filter chips and results, shared by the dialog and the /search/ page. A thin view over
 * src/lib/search: it wires events, draws results with text nodes only (never innerHTML), and keeps the
 * keyboard model of a combobox: focus stays in the box while ↑/↓ move through the results.
 */
import { FILTER_GROUPS, hasFilters, toggleFilter, type FilterKey } from '../../lib/search/filters.ts';
import { resultLabel, suggestGuides, toResultView, type ResultView } from '../../lib/search/results.ts';
import { correctionNote } from '../../lib/search/spelling.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import { routes } from '../../lib/url.ts';
import type { SearchRuntime } from './runtime.ts';

/** How a panel behaves where it is used. */
export interface PanelOptions {
  /** Prefix for element ids, unique on the page. */
  id: string;
  /** In the dialog, Enter with nothing chosen opens the first result; on the page it just searches. */
  context: 'dialog' | 'page';
  /** The search to start with. */
  initial: SearchState;
  /** Results drawn at first; the page adds more with a button. */
  pageSize: number;
  /** Called after each search runs, e.g. to keep the page's URL in step. */
  onSearch?: (state: SearchState) => void;
}

/** A mounted panel. */
export interface SearchPanel {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Hands over the loaded search (or the reason it can't run) and runs the current query. */
  connect(runtime: SearchRuntime): void;
}

/** Wait after the last keystroke before searching: fast enough to feel live, slow enough to skip half-typed words. */
const DEBOUNCE_MS = 140;

type Attrs = Record<string, string | boolean | undefined>;

/** Creates an element with attributes and children; `false`/`undefined` attributes are left off. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** Builds a panel and returns it; it searches once `connect` hands it a runtime. */
export function createSearchPanel(options: PanelOptions): SearchPanel {
  const { id, context } = options;
  let state: SearchState = { query: options.initial.query, filters: { ...options.initial.filters } };
  let runtime: SearchRuntime | undefined;
  let views: ResultView[] = [];
  let total = 0;
  let limit = options.pageSize;
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const input = el('input', {
    id: `${id}-input`,
    type: 'search',
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-controls': `${id}-results`,
    'aria-autocomplete': 'list',
    'aria-describedby': `${id}-keys`,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    maxlength: '200',
    placeholder: 'Type a word or a whole question',
  });
  input.value = state.query;

  const chips = new Map<string, HTMLButtonElement>();
  const filterGroups = FILTER_GROUPS.map((group) => {
    const labelId = `${id}-filter-${group.key}`;
    const buttons = group.options.map((option) => {
      const button = el('button', { type: 'button', class: 'sp-chip', 'aria-pressed': 'false' }, option.label);
      button.addEventListener('click', () => {
        state = { ...state, filters: toggleFilter(state.filters, group.key, option.value) };
        limit = options.pageSize;
        syncChips();
        search(0);
      });
      chips.set(`${group.key}:${option.value}`, button);
      return button;
    });
    return el(
      'div',
      { class: 'sp-filter-group', role: 'group', 'aria-labelledby': labelId },
      el('span', { id: labelId, class: 'sp-filter-label' }, group.label),
      ...buttons,
    );
  });

  const status = el('p', { class: 'sp-status', role: 'status' });
  const note = el('p', { class: 'sp-note hint', hidden: true });
  const list = el('div', { id: `${id}-results`, class: 'sp-results', role: 'listbox', 'aria-label': 'Search results' });
  const more = el('button', { type: 'button', class: 'secondary sp-more', hidden: true }, 'Show more results');
  const aside = el('div', { class: 'sp-aside' });
  const keys = el('p', { id: `${id}-keys`, class: 'sp-keys hint' }, 'Use ↑ and ↓ to choose a result and Enter to open it.');

  const root = el(
    'div',
    { class: `search-panel search-panel--${context}` },
    el('label', { for: input.id, class: 'sp-label' }, 'Search the guides and questions'),
    el('div', { class: 'sp-field' }, input),
    el('div', { class: 'sp-filters', role: 'group', 'aria-label': 'Filters' }, ...filterGroups),
    status,
    note,
    list,
    more,
    aside,
    keys,
  );

  function syncChips(): void {
    for (const [key, button] of chips) {
      const [group, value] = key.split(':') as [FilterKey, string];
      button.setAttribute('aria-pressed', String(state.filters[group] === value));
    }
  }

  function resultNodes(): HTMLAnchorElement[] {
    return [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  function setActive(index: number, moveFocus = false): void {
    const all = resultNodes();
    active = all.length === 0 ? -1 : Math.max(-1, Math.min(index, all.length - 1));
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
      if (moveFocus) current.focus();
    } else {
      input.removeAttribute('aria-activedescendant');
      if (moveFocus) input.focus();
    }
  }

  function drawResult(view: ResultView, index: number): HTMLAnchorElement {
    const optionId = `${id}-result-${index}`;
    const excerpt = el('span', { class: 'sp-result-excerpt' });
    for (const segment of view.excerpt) excerpt.append(segment.marked ? el('mark', {}, segment.text) : segment.text);
    const label = resultLabel(view);
    return el(
      'a',
      // Named by its whole text (type, title, excerpt), which is what a sighted reader sees too.
      { id: optionId, href: view.url, role: 'option', class: 'sp-result', 'aria-selected': 'false', 'data-search-result': true },
      label ? el('span', { class: 'sp-result-type' }, label) : null,
      el('span', { class: 'sp-result-title' }, view.title),
      // A question's title is its whole point; its description would only repeat it.
      view.description && view.type !== 'Question' ? el('span', { class: 'sp-result-description' }, view.description) : null,
      view.excerpt.length > 0 ? excerpt : null,
    );
  }

  function drawIdle(): void {
    aside.replaceChildren();
    if (!runtime?.ok) return;
    const examples = runtime.data.examples;
    if (examples.length === 0) return;
    const buttons = examples.map((example) => {
      const button = el('button', { type: 'button', class: 'sp-chip sp-example' }, example);
      button.addEventListener('click', () => {
        input.value = example;
        state = { ...state, query: example };
        input.focus();
        search(0);
      });
      return el('li', {}, button);
    });
    aside.append(el('p', { class: 'sp-aside-title' }, 'Not sure what to type? Try one of these:'), el('ul', { class: 'sp-examples' }, ...buttons));
  }

  function drawNoResults(): void {
    aside.replaceChildren();
    if (!runtime?.ok) return;
    const guides = suggestGuides(runtime.data.guides, state.filters);
    const tips = el('p', {}, 'Try fewer or simpler words, like “salary” or “missed call”.');
    aside.append(tips);
    if (hasFilters(state.filters)) {
      const clear = el('button', { type: 'button', class: 'secondary' }, 'Search without filters');
      clear.addEventListener('click', () => {
        state = { ...state, filters: {} };
        syncChips();
        input.focus();
        search(0);
      });
      aside.append(el('p', {}, clear));
    }
    if (guides.length > 0) {
      aside.append(
        el('p', { class: 'sp-aside-title' }, 'Or start with a guide:'),
        el('ul', { class: 'sp-guides' }, ...guides.map((guide) => el('li', {}, el('a', { href: guide.url }, guide.title)))),
      );
    }
    aside.append(el('p', {}, el('a', { href: routes.guides() }, 'See all guides'), ' · ', el('a', { href: routes.questions() }, 'See all questions')));
  }

  function drawUnavailable(reason: 'dev' | 'error'): void {
    status.textContent = '';
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    const message =
      reason === 'dev'
        ? el(
            'p',
            { class: 'notice' },
            'Search needs the index that the build makes, so it does not work in the dev server. Run ',
            el('code', {}, 'npm run build'),
            ' and then ',
            el('code', {}, 'npm start'),
            ' to try it.',
          )
        : el('p', { class: 'notice' }, 'Search could not load. Check your connection and try again, or browse instead.');
    aside.replaceChildren(
      message,
      el('p', {}, el('a', { href: routes.guides() }, 'See all guides'), ' · ', el('a', { href: routes.questions() }, 'See all questions')),
    );
  }

  /** Runs the current search after `delay` ms; a newer call cancels an older one. */
  function search(delay = DEBOUNCE_MS): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  async function run(): Promise<void> {
    const mine = ++sequence;
    const current = state;
    if (!runtime) {
      status.textContent = 'Loading search…';
      return;
    }
    if (!runtime.ok) {
      drawUnavailable(runtime.reason);
      return;
    }
    let outcome: Awaited<ReturnType<typeof runtime.engine.search>>;
    let shown: ResultView[];
    try {
      outcome = await runtime.engine.search(current.query, current.filters);
      shown = await Promise.all(outcome.hits.slice(0, limit).map(async (hit) => toResultView(await hit.data(), outcome.plan.highlight)));
    } catch {
      // A part of the index failed to download mid-search (connection dropped): say so, don't throw.
      if (mine === sequence) drawUnavailable('error');
      return;
    }
    if (mine !== sequence) return; // A newer search started while this one loaded.

    views = shown;
    total = outcome.hits.length;
    list.replaceChildren(...views.map(drawResult));
    input.setAttribute('aria-expanded', String(views.length > 0));
    setActive(-1);
    more.hidden = context !== 'page' || total <= views.length;
    note.hidden = outcome.mode !== 'broadened' && !outcome.correction;
    note.textContent = outcome.correction
      ? correctionNote(outcome.correction)
      : outcome.mode === 'broadened'
        ? 'No page has all of those words, so these match some of them. The best match is first.'
        : '';

    const query = current.query.trim();
    if (outcome.mode === 'idle') {
      status.textContent = '';
      drawIdle();
    } else if (total === 0) {
      status.textContent = query ? `No results for “${query}”.` : 'No pages match these filters.';
      drawNoResults();
    } else {
      const count = `${total} ${total === 1 ? 'result' : 'results'}`;
      status.textContent = query ? `${count} for “${query}”.` : `${count}.`;
      aside.replaceChildren();
    }
    options.onSearch?.({ query: current.query, filters: { ...current.filters } });
  }

  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    limit = options.pageSize;
    search();
  });

  function open(index: number): void {
    const target = resultNodes()[index];
    if (target) location.assign(target.href);
  }

  /** Arrow keys and Enter, whether focus is in the box or on a result. */
  function onKey(event: KeyboardEvent): void {
    const onInput = event.target === input;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (views.length === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? active + 1 : active - 1;
      setActive(Math.min(next, views.length - 1), !onInput);
    } else if (event.key === 'Enter' && onInput && !event.isComposing) {
      event.preventDefault();
      if (active >= 0) open(active);
      else if (context === 'dialog' && views.length > 0) open(0);
      else search(0);
    } else if (!onInput && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus(); // Typing on a result goes back to the box, and the key lands there.
    }
  }
  input.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
  list.addEventListener('focusin', (event) => {
    const index = resultNodes().indexOf(event.target as HTMLAnchorElement);
    if (index >= 0 && index !== active) setActive(index);
  });

  more.addEventListener('click', () => {
    const first = views.length;
    limit += options.pageSize;
    void run().then(() => resultNodes()[first]?.focus());
  });

  syncChips();
  status.textContent = 'Loading search…';

  return {
    root,
    input,
    connect(loaded) {
      runtime = loaded;
      search(0);
    },
  };
}
