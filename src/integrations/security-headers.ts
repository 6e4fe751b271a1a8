import type { AstroIntegration } from 'astro';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { documentHeadersFor, formatRule, headerPolicy } from '../lib/security-headers.ts';

/** The page's own CSP, as Astro wrote it into the <meta> tag. */
function metaPolicy(html: string): string | null {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? null;
}

/**
 * After the build, appends a block per page to dist/_headers (copied from public/): a Content-Security-Policy
 * matching the page's meta policy plus frame-ancestors, which a meta tag cannot carry, and the document headers.
 */
export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'phone-screen-guide:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
        const blocks = pages.flatMap((file) => {
          const policy = metaPolicy(readFileSync(path.join(outDir, file), 'utf8'));
          if (!policy) return [];
          const urlPath = `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '');
          return [formatRule({ pattern: urlPath, headers: [['Content-Security-Policy', headerPolicy(policy)], ...documentHeadersFor(urlPath)] })];
        });
        appendFileSync(path.join(outDir, '_headers'), `\n# Per-page Content-Security-Policy and document headers (generated)\n${blocks.join('')}`);
        logger.info(`Wrote a Content-Security-Policy header for ${blocks.length} pages.`);
      },
    },
  };
}
