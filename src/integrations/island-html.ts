import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tidyIslandHtml } from '../lib/island-html.ts';

/** After the build, makes pages with islands valid HTML (see src/lib/island-html.ts for what changes and why). */
export function islandHtmlIntegration(): AstroIntegration {
  return {
    name: 'phone-screen-guide:island-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let changed = 0;
        for (const file of readdirSync(outDir, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const full = path.join(outDir, file);
          const html = readFileSync(full, 'utf8');
          const tidy = tidyIslandHtml(html);
          if (tidy === html) continue;
          writeFileSync(full, tidy);
          changed += 1;
        }
        logger.info(`Tidied island HTML on ${changed} pages.`);
      },
    },
  };
}
