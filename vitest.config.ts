/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Starts the page-by-page browser sweep first. It is the longest file by far; started last (Vitest otherwise orders a
 * fresh checkout's files by size), it would run alone at the end while the other worker sat idle.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isLongest = (file: TestSpecification) => file.moduleId.endsWith('/every-page.test.ts');
    return [...sorted.filter(isLongest), ...sorted.filter((file) => !isLongest(file))];
  }
}

/**
 * Three projects, run in this order by `npm test`:
 * unit (src/lib), then content (schemas, content rules, built-page prose) and e2e (real Chromium on dist/).
 */
export default getViteConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    reporters: ['default', './test/e2e/helpers/retried-tests-reporter.ts'],
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
          // One retry: on two shared cores a page can, rarely, stop answering for half a minute (CI has seen a search
          // dialog and a button click wait 30 s that no local run reproduces). A test that fails twice still fails,
          // and one that needed the retry is named at the end of the run (retried-tests-reporter.ts).
          retry: 1,
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
