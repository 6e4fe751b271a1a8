import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { isolatedContext, launchBrowser, type LaunchOptions } from './browser.ts';
import { watchPage, type PageProblems } from './page-watch.ts';

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

/** Tabs in one context that page-by-page sweeps borrow in turn. */
export interface TabPool {
  /**
   * Runs `check` on a free tab (opening one if none is free), with the problems the tab reports during the check.
   * A tab whose check failed is closed rather than lent again, so a half-finished page never leaks into the next check.
   */
  use<T>(check: (page: Page, problems: PageProblems) => Promise<T>): Promise<T>;
}

/**
 * A pool of reusable tabs. Opening a tab and its first page costs more than half a second on two cores (a new
 * renderer process), more than loading a page in a tab that is already open, so sweeps of every page reuse tabs.
 */
export function tabPool(context: () => BrowserContext): TabPool {
  type Tab = { page: Page; problems: PageProblems };
  const free: Tab[] = [];
  const open = async (): Promise<Tab> => {
    const page = await context().newPage();
    return { page, problems: watchPage(page) };
  };
  return {
    async use(check) {
      const tab = free.pop() ?? (await open());
      for (const list of Object.values(tab.problems)) list.length = 0;
      try {
        const result = await check(tab.page, tab.problems);
        free.push(tab);
        return result;
      } catch (error) {
        await tab.page.close().catch(() => {});
        throw error;
      }
    },
  };
}
