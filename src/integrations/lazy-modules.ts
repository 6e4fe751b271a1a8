import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** A module that pages load on demand, by URL. */
export interface LazyModule {
  /** The module's source file, relative to this file. */
  entry: string;
  /** Extra string constants the virtual module exports, given the site's base path. */
  exports?: (base: string) => Record<string, string>;
}

const PREFIX = 'virtual:psg/lazy/';

/**
 * Builds each lazy module as its own chunk and lets page scripts import its URL as a plain string:
 * `import url from 'virtual:psg/lazy/<name>'`, then `import(/* @vite-ignore *\/ url)` when needed.
 *
 * Why: a literal `import('./x.ts')` makes Vite wrap it in its preload helper, about 1 KB gzip on every
 * page that has it, and guide pages may ship only 1.5 KB of JavaScript in all. Importing a URL string
 * keeps the page-load script a few hundred bytes. In `astro dev` the URL points at the source file.
 */
export function lazyModulesIntegration(modules: Record<string, LazyModule>): AstroIntegration {
  return {
    name: 'phone-screen-guide:lazy-modules',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const entries = Object.fromEntries(Object.entries(modules).map(([name, m]) => [name, fileURLToPath(new URL(m.entry, import.meta.url))]));
        const placeholder = (name: string) => `__PSG_LAZY_URL_${name.replace(/\W/g, '_')}__`;
        const references = new Map<string, string>();
        const plugin: Plugin = {
          name: 'phone-screen-guide:lazy-module-urls',
          resolveId(id, importer) {
            if (!id.startsWith(PREFIX) || !(id.slice(PREFIX.length) in modules)) return undefined;
            // One copy per importer: a URL shared by two page scripts would otherwise become a chunk of its own,
            // one more request at page load for a single string.
            return `\0${id}?from=${createHash('sha256').update(importer ?? '').digest('hex').slice(0, 8)}`;
          },
          buildStart() {
            references.clear();
            if (command !== 'build' || this.environment?.name !== 'client') return;
            for (const [name, entry] of Object.entries(entries)) references.set(name, this.emitFile({ type: 'chunk', id: entry, name }));
          },
          load(id) {
            if (!id.startsWith(`\0${PREFIX}`)) return undefined;
            const name = id.slice(PREFIX.length + 1).split('?')[0]!;
            const url = command === 'build' ? placeholder(name) : `${base}@fs${entries[name]}`;
            const extra = modules[name]?.exports?.(base) ?? {};
            return [`export default ${JSON.stringify(url)};`, ...Object.entries(extra).map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`)].join('\n');
          },
          renderChunk(code) {
            let out = code;
            for (const [name, reference] of references) out = out.replaceAll(placeholder(name), `${base}${this.getFileName(reference)}`);
            return out === code ? null : { code: out, map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
