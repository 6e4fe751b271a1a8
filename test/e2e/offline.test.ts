import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, eventually, useBrowser } from './helpers/fixture.ts';
import { serveStatic, type StaticServer } from './helpers/server.ts';
import { DIST } from './helpers/site.ts';
import { readRange, typeAll } from './helpers/salary.ts';
import { writeOfflineFiles } from '../../src/integrations/service-worker.ts';

/** Each test waits for the whole site to download in the background: minutes on a busy two-core machine. */
const OFFLINE_TEST_MS = 240_000;
const browser = useBrowser();

/** The footer's offline line, once offline support has started. */
const offlineStatus = (page: Page) => page.locator('[data-offline-status]');

/** Opens the home page with service workers allowed and waits until every page is saved for offline use. */
async function visitAndWaitForOffline(url: string) {
  const { context, foreignRequests } = await browser.context({ baseURL: url, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto('/');
  try {
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: OFFLINE_TEST_MS / 2, interval: 250 }).toMatch(/^Available offline/);
  } catch (error) {
    // Say where the worker got stuck, so a failure on a loaded machine can be told apart from a slow one.
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        installing: registration?.installing?.state,
        waiting: registration?.waiting?.state,
        active: registration?.active?.state,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    throw new Error(`${(error as Error).message}\nService worker: ${JSON.stringify(worker)}`, { cause: error });
  }
  return { context, page, foreignRequests };
}

describe('the site after one visit, with the network off', { timeout: OFFLINE_TEST_MS }, () => {
  it('opens never-visited guides and questions, ticks the checklist, works out a range and searches', async () => {
    const { context, page, foreignRequests } = await visitAndWaitForOffline(baseURL);
    await context.setOffline(true);

    await page.goto('/guides/be-reachable/');
    await eventually(() => page.locator('h1').textContent()).toMatch(/easy to reach/i);
    await page.goto('/questions/salary/what-salary-are-you-looking-for/');
    await eventually(() => page.locator('h1').textContent()).toMatch(/salary/i);

    await page.goto('/checklist/');
    // Tick once the island is live: a click before hydration is redrawn away, as it would be for a reader.
    await page.locator('.checklists[data-ready]').waitFor();
    const box = page.locator('main input[type="checkbox"]').first();
    await box.check();
    await eventually(() => box.isChecked()).toBe(true);
    await eventually(() => page.locator('main').innerText()).toMatch(/1 of \d+ done/);

    await page.goto('/salary/');
    await typeAll(page, { monthlyCosts: '2,000', taxRate: '20' });
    await expect.poll(() => readRange(page), { timeout: 20_000 }).toMatch(/^\$[\d,]+ to \$[\d,]+$/);

    await page.goto('/guides/');
    await page.keyboard.press('/');
    await page.locator('dialog.search-dialog input[role="combobox"]').fill('voicemail');
    await expect.poll(() => page.locator('dialog.search-dialog [role="option"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('shows the designed offline page, not a browser error, for a page that was never saved', async () => {
    const { context, page } = await visitAndWaitForOffline(baseURL);
    await context.setOffline(true);
    await page.goto('/guides/no-such-guide-was-ever-built/');
    await eventually(() => page.locator('h1').textContent()).toMatch(/You’re offline/);
    await eventually(() => page.locator('main a[href="/checklist/"]').count()).toBe(1);
    await context.close();
  });

  it('keeps only the tools and opened pages when the reader turns the background download off', async () => {
    const { context } = await browser.context({ serviceWorkers: 'allow' });
    await context.addInitScript(() => localStorage.setItem('psg:offline:v1', JSON.stringify({ version: 1, background: false })));
    const tab = await context.newPage();
    await tab.goto('/');
    await expect.poll(() => offlineStatus(tab).textContent(), { timeout: 30_000 }).toMatch(/Offline download is off/);
    await eventually(() => tab.locator('[data-offline-toggle]').isChecked()).toBe(false);
    // The worker controls the page once it has activated (it claims open pages).
    await expect.poll(() => tab.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await tab.goto('/checklist/');
    await eventually(() => tab.locator('h1').textContent()).toMatch(/checklist/i);
    await tab.goto('/guides/set-up-for-the-call/');
    await eventually(() => tab.locator('h1').textContent()).toMatch(/You’re offline/);
    await context.close();
  });
});

describe('a first visit on a signal that drops', { timeout: OFFLINE_TEST_MS }, () => {
  /** Fails the install set's offline page (only the service worker asks for it) the first `failures` times. */
  async function serveFailingInstall(failures: number) {
    let failed = 0;
    return serveStatic(DIST, { unavailable: (pathname) => pathname === '/offline/index.html' && failed++ < failures });
  }

  it('tries the install again, and the site still ends up available offline', async () => {
    const server = await serveFailingInstall(1);
    try {
      const { context } = await visitAndWaitForOffline(server.url);
      await context.close();
    } finally {
      await server.close();
    }
  });

  it('says so in words, instead of "getting ready" forever, when every attempt fails', async () => {
    const server = await serveFailingInstall(Infinity);
    try {
      const { context } = await browser.context({ baseURL: server.url, serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto('/');
      await expect.poll(() => offlineStatus(page).textContent(), { timeout: 60_000, interval: 250 }).toMatch(/couldn’t be saved for offline use this time/);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.active ?? null))).toBeNull();
      await context.close();
    } finally {
      await server.close();
    }
  });
});

describe('a new deployment', { timeout: OFFLINE_TEST_MS }, () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'psg-offline-'));
    await cp(DIST, root, { recursive: true });
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('says a new version is ready, waits for the reader, and after the reload shows the new text', async () => {
    const { context, page } = await visitAndWaitForOffline(server.url);
    const guide = path.join(root, 'guides', 'be-reachable', 'index.html');
    await page.goto('/guides/be-reachable/');
    const oldTitle = await page.locator('h1').textContent();

    // Deploy a second build: changed content, and a service worker built over it.
    const html = await readFile(guide, 'utf8');
    await writeFile(guide, html.replace(/(<h1[^>]*>)/, '$1Updated: '));
    const second = await writeOfflineFiles(root);
    expect(second.buildId).toMatch(/^[0-9a-f]{12}$/);

    // Until the reader chooses, the page in use and its scripts stay on the old version.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const notice = page.locator('[data-update-notice]');
    await expect.poll(() => notice.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await notice.innerText()).toMatch(/A new version is ready — Reload/);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(oldTitle);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect.poll(() => page.locator('[data-update-notice]').isVisible(), { timeout: 60_000 }).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.locator('[data-update-notice] button').click()]);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe(`Updated: ${oldTitle}`);
    await context.close();
  });
});
