/**
 * What making the whole site available offline costs: the bytes the service worker downloads (install and
 * background, as sent by the server, gzip on) and the time from opening the home page until the footer
 * says "Available offline".
 */
import { isolatedContext, launchBrowser } from '../e2e/helpers/browser.ts';
import type { StaticServer } from '../e2e/helpers/server.ts';

/** The offline download, measured once in a fresh browser. */
export interface OfflineCost {
  /** Bytes on the wire from the page's load event until "Available offline" (the service worker's downloads). */
  bytes: number;
  /** Requests in that time. */
  requests: number;
  /** Milliseconds from navigation start until the footer said "Available offline". */
  msUntilAvailable: number;
}

/** Opens the home page with service workers on and waits for the whole site to be saved for offline use. */
export async function measureOffline(server: StaticServer): Promise<OfflineCost> {
  const browser = await launchBrowser();
  try {
    const { context } = await isolatedContext(browser, server.url, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto('/', { waitUntil: 'load' });
    const before = server.sent.length;
    await page.waitForFunction(() => /^Available offline/.test(document.querySelector('[data-offline-status]')?.textContent ?? ''), undefined, {
      timeout: 300_000,
      polling: 100,
    });
    const msUntilAvailable = Math.round(performance.now() - started);
    const downloads = server.sent.slice(before);
    await context.close();
    return { bytes: downloads.reduce((sum, sent) => sum + sent.bytes, 0), requests: downloads.length, msUntilAvailable };
  } finally {
    await browser.close();
  }
}
