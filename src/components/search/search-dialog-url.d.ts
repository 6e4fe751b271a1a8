/** URLs the header trigger loads on demand (see src/integrations/search-dialog.ts). */
declare module 'virtual:psg/search-dialog-url' {
  /** The built search dialog module. */
  const url: string;
  export default url;
  /** Pagefind's highlight script, under the site's base path. */
  export const highlightScriptUrl: string;
  /** The URL parameter result links put the words to highlight in (HIGHLIGHT_PARAM). */
  export const highlightParam: string;
}
