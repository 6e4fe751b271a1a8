import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';

/**
 * Starts every build and check from freshly parsed content. Astro keeps parsed entries in its cache folder
 * (`data-store.json`) and throws them away only when `content.config.ts` itself changes; our schemas live in
 * `src/schemas/`, so a changed schema (a new transform, say) would otherwise build with entries parsed by the old
 * one. Parsing all of `content/` takes well under a second, so the cache saves nothing worth that risk.
 */
export function freshContentIntegration(): AstroIntegration {
  return {
    name: 'phone-screen-guide:fresh-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        rmSync(new URL('data-store.json', config.cacheDir), { force: true });
      },
    },
  };
}
