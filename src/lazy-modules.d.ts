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

declare module 'virtual:psg/lazy/page-enhance' {
  /** Reading-page extras loaded after the page: "On this page" marking and "Say this" copy buttons. */
  const url: string;
  export default url;
}
