/** URLs of modules that pages load on demand (see src/integrations/lazy-modules.ts). */
declare module 'virtual:psg/lazy/search-dialog' {
  /** The built search dialog module. */
  const url: string;
  export default url;
  /** Pagefind's highlight script, under the site's base path. */
  export const highlightScriptUrl: string;
  /** The URL parameter result links put the words to highlight in (HIGHLIGHT_PARAM). */
  export const highlightParam: string;
}

declare module 'virtual:psg/lazy/checklist-embed' {
  /** The module that brings a checklist embedded in a guide to life. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/salary-embed' {
  /** The module that brings the salary calculator embedded in a guide to life. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/search-page' {
  /** The /search/ page's search box and results, mounted after the page's first paint. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/offline-client' {
  /** Offline support: registers the service worker and shows its status, loaded after the page's load event. */
  const url: string;
  export default url;
}
