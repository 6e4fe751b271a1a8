/**
 * Everything a page does after its load event, as one chunk: search-result highlights, the reading-page extras
 * (the "On this page" marker, copy buttons) and offline support. One module, loaded by SearchTrigger's page script, because every
 * separate loader is another inline script, and each pays its own compression overhead against the 1.5 KB
 * content-page budget. Nothing here is needed to read or use a page.
 */
import storyPanelUrl from 'virtual:psg/lazy/story-panel';
import deleteAllUrl from 'virtual:psg/lazy/delete-all';
import './search/highlight.ts';
import './page-enhance.ts';
import './offline/client.ts';

// Question pages' "Your stories for this question": its own chunk, fetched only where the panel is. Loaded by URL
// (src/integrations/lazy-modules.ts), so this chunk carries no preload helper into the tool pages' page-open budget.
if (document.querySelector('[data-story-panel]')) void import(/* @vite-ignore */ storyPanelUrl);

// The privacy page's "delete everything" control: fetched only where it is.
if (document.querySelector('[data-delete-all]')) void import(/* @vite-ignore */ deleteAllUrl);

// Says the after-load work has run (the imports above ran first), so a check of the finished page knows when to look.
document.documentElement.dataset.enhanced = '';
