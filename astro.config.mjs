// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { rejectUnsafeMdx } from './src/integrations/mdx-safety.ts';
import { letterFirstHeadingIds } from './src/integrations/heading-ids.ts';
import { markExternalLinks } from './src/integrations/external-links.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { lazyModulesIntegration } from './src/integrations/lazy-modules.ts';
import { ISLANDS } from './src/islands/registry.ts';
import { HIGHLIGHT_PARAM } from './src/lib/search/url-state.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { tidyHtmlIntegration } from './src/integrations/tidy-html.ts';
import { serviceWorkerIntegration } from './src/integrations/service-worker.ts';
import { freshContentIntegration } from './src/integrations/fresh-content.ts';

/** The public origin, used for canonical URLs, Open Graph and the sitemap. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'https://phone-screen-guide.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Shiki writes inline styles, which a hashed CSP would block; the guides have almost no code.
  // Content is MDX, which is code: the build refuses anything in it that could run script.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [rejectUnsafeMdx], hastPlugins: [letterFirstHeadingIds, markExternalLinks] }) },
  integrations: [
    freshContentIntegration(),
    mdx(),
    preact(),
    sitemap(),
    tidyHtmlIntegration(),
    lazyModulesIntegration({
      islands: ISLANDS,
      modules: {
        'search-dialog': {
          entry: 'src/components/search/dialog.ts',
          // Pagefind's highlight script only exists after a build; the trigger never asks for it in dev.
          exports: (base) => ({ highlightScriptUrl: `${base}pagefind/pagefind-highlight.js`, highlightParam: HIGHLIGHT_PARAM }),
        },
        'after-load': { entry: 'src/components/after-load.ts' },
        'story-panel': { entry: 'src/components/story-panel.ts' },
        'delete-all': { entry: 'src/components/delete-all.ts' },
        'salary-engine': { entry: 'src/islands/salary-engine.ts' },
        storage: { entry: 'src/lib/storage/index.ts' },
        offline: { entry: 'src/components/offline/client.ts' },
      },
    }),
    pagefindIntegration(),
    securityHeadersIntegration(),
    serviceWorkerIntegration(),
  ],
  prefetch: false,
  vite: {
    plugins: [
      {
        name: 'phone-screen-guide:quiet-known-warnings',
        // Return false to drop a log (Rollup's and Rolldown's onLog hook); everything else is printed as usual.
        onLog(_level, log) {
          // Astro marks every MDX module that carries styles or scripts with this directive and reads it itself,
          // before bundling; the bundler's "may not be preserved" note (one per MDX file) is harmless.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return false;
          // A page's frontmatter runs only on the server, so an island's dynamic import that the page also imports
          // statically (select.ts: practice.astro needs the drill sizes) still splits in the browser build.
          if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /statically imported by [^,]*\.astro\b/.test(log.message)) return false;
        },
      },
    ],
    // Preact gets a chunk of its own, named for it. Without this, Rollup merges it into whichever shared
    // chunk comes first (the preload helper, once an island imports lazily) and the budget test can't tell
    // the framework is there.
    build: {
      rollupOptions: {
        output: {
          manualChunks: (id) => (/[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined),
        },
      },
    },
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // Recorded takes play from blob: URLs made in the page (the practice drill); nothing from elsewhere.
        "media-src 'self' blob:",
        "connect-src 'self'",
        // The service worker and the web app manifest come from this origin only.
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its search engine from WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
