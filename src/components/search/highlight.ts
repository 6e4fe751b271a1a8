/**
 * On a page opened from a search result (the link carries ?highlight=word): marks those words with Pagefind's
 * highlight script and brings the first mark into view, unless the link named a section. Runs after the page
 * has loaded (src/components/after-load.ts), so pages opened any other way pay nothing.
 */
import { highlightParam, highlightScriptUrl } from 'virtual:psg/lazy/search-dialog';

if (!import.meta.env.DEV && new URLSearchParams(location.search).has(highlightParam)) {
  import(/* @vite-ignore */ highlightScriptUrl).then(
    (module: { default: new (options: object) => unknown }) => {
      new module.default({
        highlightParam,
        addStyles: false,
        markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
      });
      if (!location.hash) document.querySelector('mark.search-highlight')?.scrollIntoView({ block: 'center' });
    },
    () => {},
  );
}
