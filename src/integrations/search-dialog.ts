import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { HIGHLIGHT_PARAM } from '../lib/search/url-state.ts';

/** The module the header trigger imports to learn where the dialog's code (and Pagefind's highlighter) live, as plain strings. */
const VIRTUAL_ID = 'virtual:psg/search-dialog-url';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Stands in for the dialog's URL until the file name (with its content hash) is known. */
const PLACEHOLDER = '__PSG_SEARCH_DIALOG_URL__';

/**
 * Builds the search dialog as its own chunk and gives the header trigger its URL as a plain string.
 *
 * Why: a literal `import('./search/dialog.ts')` makes Vite wrap it in its preload helper, which costs
 * about 1 KB gzip on every page, and the trigger is the only search code allowed at page load (budget:
 * 1.5 KB of JS on guide pages). Importing a URL string instead keeps the trigger a few hundred bytes.
 * In `astro dev` the URL points at the source file, which Vite serves as a module.
 */
export function searchDialogIntegration(): AstroIntegration {
  return {
    name: 'phone-screen-guide:search-dialog',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const entry = fileURLToPath(new URL('../components/search/dialog.ts', import.meta.url));
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        let reference: string | undefined;
        const plugin: Plugin = {
          name: 'phone-screen-guide:search-dialog-url',
          resolveId(id) {
            return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
          },
          buildStart() {
            reference = undefined;
            if (command === 'build' && this.environment?.name === 'client') {
              reference = this.emitFile({ type: 'chunk', id: entry, name: 'search-dialog' });
            }
          },
          load(id) {
            if (id !== RESOLVED_ID) return undefined;
            const url = command === 'build' ? PLACEHOLDER : `${base}@fs${entry}`;
            // Pagefind's highlight script only exists after a build; the trigger never asks for it in dev.
            return [
              `export default ${JSON.stringify(url)};`,
              `export const highlightScriptUrl = ${JSON.stringify(`${base}pagefind/pagefind-highlight.js`)};`,
              `export const highlightParam = ${JSON.stringify(HIGHLIGHT_PARAM)};`,
            ].join('\n');
          },
          renderChunk(code) {
            if (!reference || !code.includes(PLACEHOLDER)) return null;
            return { code: code.replaceAll(PLACEHOLDER, `${base}${this.getFileName(reference)}`), map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
