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

declare module 'virtual:psg/lazy/after-load' {
  /** What a page does after its load event: reading extras and offline support (src/components/after-load.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/salary-engine' {
  /** The salary calculator's engine, results view and stored records (src/islands/salary-engine.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/story-panel' {
  /** A question page's "Your stories for this question" panel, loaded after load where the panel is. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/delete-all' {
  /** The privacy page's "delete everything this site saved" control, loaded after load. */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/storage' {
  /** The stored-record code every tool's island loads once it has mounted (src/lib/storage/index.ts). */
  const url: string;
  export default url;
}

declare module 'virtual:psg/lazy/offline' {
  /** Offline support's page side, loaded 3 s after the load event, when the browser is idle (src/components/offline/client.ts). */
  const url: string;
  export default url;
}
