import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { isolatedContext, launchBrowser, type LaunchOptions } from './browser.ts';

/** The static server on dist/ that global-setup.ts starts once for the whole run. */
export const baseURL = inject('baseURL');

/**
 * Retries a read of the page until the matcher passes, for every assertion on live page state: the page
 * renders after events, and lazy chunks load after hydration on a busy machine, so a single read can race.
 */
export function eventually<T>(read: () => T | Promise<T>, message?: string) {
  return expect.poll(read, { timeout: 15_000, interval: 50, message });
}

/**
 * Resolves once the page has painted two more frames and then had an idle period: whatever the page
 * queued in reaction to what came before (observers, effects, idle work) has run by then. For checks that
 * something did NOT happen, where there is no condition to wait for.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())));
      }),
  );
}

/** A fresh browser profile that can only reach the site, and the requests to other hosts it refused. */
export interface SiteContext {
  context: BrowserContext;
  foreignRequests: string[];
}

/** One headless Chromium for a test file. */
export interface BrowserFixture {
  /** The running browser (started in the file's beforeAll). */
  readonly browser: Browser;
  /**
   * A fresh, isolated context on the site (or on `options.baseURL`, another server a test started, which is
   * then the only host it may reach); the browser closes any the test leaves open.
   */
  context(options?: BrowserContextOptions): Promise<SiteContext>;
  /** A new page in a fresh, isolated context. */
  page(options?: BrowserContextOptions): Promise<SiteContext & { page: Page }>;
}

/**
 * The shared browser fixture: starts Chromium before the file's tests and stops it after them
 * (closing every context with it). Call once, at the top level of an e2e test file. `launch.args` adds
 * Chromium flags (a fake microphone, say).
 */
export function useBrowser(launch: LaunchOptions = {}): BrowserFixture {
  let running: Browser | undefined;
  beforeAll(async () => {
    running = await launchBrowser(launch);
  });
  afterAll(async () => {
    await running?.close();
  });
  const fixture: BrowserFixture = {
    get browser() {
      if (!running) throw new Error('useBrowser(): the browser starts in beforeAll, so use it inside a hook or a test.');
      return running;
    },
    context: (options = {}) => isolatedContext(fixture.browser, options.baseURL ?? baseURL, options),
    async page(options = {}) {
      const site = await fixture.context(options);
      return { ...site, page: await site.context.newPage() };
    },
  };
  return fixture;
}
