import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { IslandSource } from '../islands/registry.ts';

/** A plain module that a page script loads by URL on an action (the search dialog on first open). */
export interface LazyModule {
  /** The module's source file, relative to the project root. */
  entry: string;
  /** Extra string constants the virtual module exports, given the site's base path. */
  exports?: (base: string) => Record<string, string>;
}

/** What the build loads by URL: islands (mounted by src/components/island-loader.ts) and modules loaded on an action. */
export interface LazyModulesOptions {
  /** src/islands/registry.ts: each island becomes one chunk, named after it. */
  islands: Record<string, IslandSource>;
  /** Modules a page script imports by URL: `import url from 'virtual:psg/lazy/<name>'`. */
  modules: Record<string, LazyModule>;
}

const MODULE_PREFIX = 'virtual:psg/lazy/';
const ISLAND_URLS = 'virtual:psg/islands';
/** The generated entry of a Preact island: hydrates the component over its server HTML. */
const ISLAND_ENTRY = '\0psg-island-entry:';

/**
 * Builds each island and each lazy module as its own chunk, and lets page scripts import their URLs as plain
 * strings (`virtual:psg/islands` maps island names to URLs; `virtual:psg/lazy/<name>` is one module's URL),
 * to load with `import(/* @vite-ignore *\/ url)` when needed.
 *
 * Why: a literal `import('./x.ts')` makes Vite wrap it in its preload helper, about 1 KB gzip on every page
 * that has it, and content pages may ship only 1.5 KB of JavaScript in all. Importing a URL string keeps the
 * page script a few hundred bytes, with no import of its own, so Astro inlines it into the page: no extra
 * request before the first paint. In `astro dev` the URLs point at the source files.
 */
export function lazyModulesIntegration({ islands, modules }: LazyModulesOptions): AstroIntegration {
  return {
    name: 'phone-screen-guide:lazy-modules',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const file = (relative: string) => fileURLToPath(new URL(relative, config.root));
        // Chunk ids: a lazy module's own file; an island's generated entry (Preact) or its own mount module.
        const chunks = new Map<string, string>([
          ...Object.entries(modules).map(([name, m]): [string, string] => [`module:${name}`, file(m.entry)]),
          ...Object.entries(islands).map(([name, source]): [string, string] => [
            `island:${name}`,
            'component' in source ? `${ISLAND_ENTRY}${name}` : file(source.mount),
          ]),
        ]);
        const placeholder = (key: string) => `__PSG_LAZY_URL_${key.replace(/\W/g, '_')}__`;
        /** The URL a page script loads `key` from: a placeholder the build swaps for the chunk's file name. */
        const urlOf = (key: string) => {
          if (command === 'build') return placeholder(key);
          const id = chunks.get(key)!;
          return id.startsWith('\0') ? `${base}@id/__x00__${id.slice(1)}` : `${base}@fs${id}`;
        };
        const references = new Map<string, string>();
        const plugin: Plugin = {
          name: 'phone-screen-guide:lazy-module-urls',
          resolveId(id, importer) {
            if (id.startsWith(ISLAND_ENTRY)) return id;
            if (id.startsWith(ISLAND_ENTRY.slice(1))) return `\0${id}`;
            const known = id === ISLAND_URLS || (id.startsWith(MODULE_PREFIX) && id.slice(MODULE_PREFIX.length) in modules);
            if (!known) return undefined;
            // One copy per importer: a URL shared by two page scripts would otherwise become a chunk of its own,
            // one more request at page load for a few strings.
            return `\0${id}?from=${createHash('sha256')
              .update(importer ?? '')
              .digest('hex')
              .slice(0, 8)}`;
          },
          buildStart() {
            references.clear();
            // Only the browser build emits chunks (the server build and Astro's own dev server during a build don't).
            if (command !== 'build' || this.environment?.name !== 'client' || this.environment.mode !== 'build') return;
            for (const [key, id] of chunks) references.set(key, this.emitFile({ type: 'chunk', id, name: key.split(':')[1] }));
          },
          load(id) {
            if (id.startsWith(ISLAND_ENTRY)) {
              const source = islands[id.slice(ISLAND_ENTRY.length)];
              if (!source || !('component' in source)) return undefined;
              return [
                `import { h, hydrate } from 'preact';`,
                `import Component from ${JSON.stringify(file(source.component))};`,
                `export function mount(element) { hydrate(h(Component, JSON.parse(element.dataset.props || '{}')), element); }`,
              ].join('\n');
            }
            if (id.startsWith(`\0${ISLAND_URLS}?`)) {
              return `export default ${JSON.stringify(Object.fromEntries(Object.keys(islands).map((name) => [name, urlOf(`island:${name}`)])))};`;
            }
            if (!id.startsWith(`\0${MODULE_PREFIX}`)) return undefined;
            const name = id.slice(MODULE_PREFIX.length + 1).split('?')[0]!;
            const extra = modules[name]?.exports?.(base) ?? {};
            return [
              `export default ${JSON.stringify(urlOf(`module:${name}`))};`,
              ...Object.entries(extra).map(([key, value]) => `export const ${key} = ${JSON.stringify(value)};`),
            ].join('\n');
          },
          renderChunk(code) {
            let out = code;
            for (const [key, reference] of references) out = out.replaceAll(placeholder(key), `${base}${this.getFileName(reference)}`);
            return out === code ? null : { code: out, map: null };
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
