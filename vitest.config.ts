/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run in this order by `npm test`:
 * unit (src/lib), then content (schemas, content rules, built-page prose) and e2e (real Chromium on dist/).
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure functions, no globals, mocks or module-level state (src/lib/ is kept that way), so the files can
          // share workers and their module cache instead of paying for a fresh isolated worker per file.
          isolate: false,
          pool: 'threads',
        },
      },
      // Two tests build a copy of the site (buildCopy allows 280 s on a loaded machine); the rest read files.
      { extends: true, test: { name: 'content', include: ['test/content/**/*.test.ts'], testTimeout: 300_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium per worker keeps the machine responsive.
          maxWorkers: 2,
          // Pages wait on the network more than the CPU, so a few load at once within a file.
          maxConcurrency: 4,
          fileParallelism: true,
        },
      },
    ],
  },
});
