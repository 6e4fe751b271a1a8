/**
 * Everything a page does after its load event and first paint, as one small chunk: search-result highlights, the
 * reading-page extras (the "On this page" marker, copy buttons), and the loads of the chunks that only some pages
 * or idle time need (offline support, the story panel, delete-all). One module, loaded by SearchTrigger's page script, because every
 * separate loader is another inline script, and each pays its own compression overhead against the 1.5 KB
 * content-page budget. Nothing here is needed to read or use a page.
 */
import storyPanelUrl from 'virtual:psg/lazy/story-panel';
import deleteAllUrl from 'virtual:psg/lazy/delete-all';
import offlineUrl from 'virtual:psg/lazy/offline';
import './search/highlight.ts';
import './page-enhance.ts';
import { whenIdle } from './when-idle.ts';

// Question pages' "Your stories for this question": its own chunk, fetched only where the panel is. Loaded by URL
// (src/integrations/lazy-modules.ts), so this chunk carries no preload helper into the tool pages' page-open budget.
if (document.querySelector('[data-story-panel]')) void import(/* @vite-ignore */ storyPanelUrl);

// The privacy page's "delete everything" control: fetched only where it is.
if (document.querySelector('[data-delete-all]')) void import(/* @vite-ignore */ deleteAllUrl);

// Offline support (registering the service worker, Workbox's page side, the footer's status): its own chunk,
// fetched a few seconds after the page has loaded and then when the browser is idle, so neither its set-up nor the
// install's downloads compete with the reader's first seconds on the page. Measured (Lighthouse mobile, median of
// 5): starting it at the first idle moment cost 60–90 ms of blocking time on the home page and the heaviest guide;
// three seconds later it costs nothing measurable.
const OFFLINE_START_DELAY_MS = 3000;
setTimeout(() => whenIdle(() => void import(/* @vite-ignore */ offlineUrl), 2000), OFFLINE_START_DELAY_MS);

// Says the after-load work has run (the imports above ran first), so a check of the finished page knows when to look.
document.documentElement.dataset.enhanced = '';
