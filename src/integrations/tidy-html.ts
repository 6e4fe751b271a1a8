import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { tidyHtml } from '../lib/html-tidy.ts';

/** Runs tidyHtml over every built page, so the site validates with html-validate's recommended rules. */
export function tidyHtmlIntegration(): AstroIntegration {
  return {
    name: 'phone-screen-guide:tidy-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const file of readdirSync(outDir, { recursive: true }) as string[]) {
          if (!file.endsWith('.html')) continue;
          const full = path.join(outDir, file);
          const html = readFileSync(full, 'utf8');
          const tidy = tidyHtml(html);
          if (tidy !== html) writeFileSync(full, tidy);
        }
      },
    },
  };
}
