import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Where the system Chromium lives; Playwright cannot download its own browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium off the network and quiet in a sandboxed machine. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Fails with instructions when no Chromium is installed. */
export function assertChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `No Chromium found at ${CHROMIUM_PATH}. The browser tests drive a real Chromium.\n` +
      `Install one with \`sudo apt-get update && sudo apt-get install -y chromium\` (Debian/Ubuntu), ` +
      `or point CHROMIUM_PATH at an existing Chrome or Chromium binary.`,
  );
}

/** What a test can add to the launch: extra Chromium flags (a fake microphone, say). */
export interface LaunchOptions {
  args?: string[];
}

/** Launches headless system Chromium, with any extra flags a test needs. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

/**
 * Flags for a fake microphone that plays `wavFile` (written by the test). `grant: false` leaves out the
 * flag that answers the permission prompt, so the request is refused as if the reader said no.
 */
export function fakeMicrophoneArgs(wavFile: string, { grant = true }: { grant?: boolean } = {}): string[] {
  return ['--use-fake-device-for-media-stream', ...(grant ? ['--use-fake-ui-for-media-stream'] : []), `--use-file-for-fake-audio-capture=${wavFile}%noloop`];
}

/**
 * A context that can only reach `baseURL`: any request to another host is aborted and recorded,
 * so a test can assert the site never talks to a third party.
 */
export async function isolatedContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  // Service workers are off unless a test asks for them: otherwise every page's background download of the
  // whole site would run under tests that are about something else (test/e2e/offline.test.ts turns them on).
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', ...options });
  const foreignRequests: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, foreignRequests };
}
