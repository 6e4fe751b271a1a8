/** URLs of what pages load on demand (see src/integrations/lazy-modules.ts). */
declare module 'virtual:psg/islands' {
  /** Each island's browser entry (src/islands/registry.ts), by name. */
  const urls: Record<string, string>;
  export default urls;
}

declare module 'virtual:psg/lazy/search-dialog' {
  /** The built search dialog module. */
  const url: string;
  export default url;
  /** Pagefind's highlight script, under the site's base path. */
  export const highlightScriptUrl: string;
  /** The URL parameter result links put the words to highlight in (HIGHLIGHT_PARAM). */
  export const highlightParam: string;
}

declare module 'virtual:psg/lazy/offline-client' {
  /** Offline support: registers the service worker and shows its status, loaded after the page's load event. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/page-enhance' {
  /** Reading-page extras loaded after the page: "On this page" marking and "Say this" copy buttons. */
  const url: string;
  export default url;
}
