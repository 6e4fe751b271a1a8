import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's build of Chromium's headless shell (package chromium-headless-shell), which .ci/run installs. */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The system Chromium the tests drive; Playwright cannot download its own browsers here. `CHROMIUM_PATH` wins; otherwise
 * Chromium's headless shell if it is installed (Playwright's own choice for headless runs: the same engine without the
 * desktop browser around it, about half the CPU per test on two cores), else the full `chromium`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');
/** The full desktop Chromium, for what the headless shell lacks (audio capture) and for Lighthouse, which expects it. */
export const DESKTOP_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags that keep headless Chromium off the network and quiet in a sandboxed machine. No host name but the test
 * server's resolves, so a request to any other host fails in the browser, without the test having to intercept it.
 */
export const CHROMIUM_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Fails with instructions when no Chromium is installed at `executable`. */
export function assertChromium(executable: string = CHROMIUM_PATH): void {
  if (existsSync(executable)) return;
  throw new Error(
    `No Chromium found at ${executable}. The browser tests drive a real Chromium.\n` +
      `Install one with \`sudo apt-get update && sudo apt-get install -y chromium chromium-headless-shell\` (Debian/Ubuntu), ` +
      `or point CHROMIUM_PATH at an existing Chrome or Chromium binary.`,
  );
}

/** What a test can add to the launch: extra Chromium flags (a fake microphone, say). */
export interface LaunchOptions {
  args?: string[];
  /** Run the full desktop Chromium rather than the headless shell (whose renderer crashes on audio capture). */
  desktop?: boolean;
}

/** Launches headless system Chromium, with any extra flags a test needs. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = options.desktop ? DESKTOP_CHROMIUM_PATH : CHROMIUM_PATH;
  assertChromium(executablePath);
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

/**
 * A desktop Chromium with a fake microphone that plays `wavFile` (written by the test). `grant: false` leaves out the
 * flag that answers the permission prompt, so the request is refused as if the reader said no.
 */
export function fakeMicrophone(wavFile: string, { grant = true }: { grant?: boolean } = {}): LaunchOptions {
  return {
    desktop: true,
    args: ['--use-fake-device-for-media-stream', ...(grant ? ['--use-fake-ui-for-media-stream'] : []), `--use-file-for-fake-audio-capture=${wavFile}%noloop`],
  };
}

/**
 * A context whose requests to any host but the test server's are recorded; the launch flags above already make every
 * such request fail (no other name resolves), so nothing leaves the machine either way. The record comes from the
 * context's `request` event, which also sees service workers' requests, rather than from request interception:
 * intercepting pauses every request until the test's process answers (a second place a request can stall on a busy
 * machine), and Playwright's interception does not see requests a service worker answers.
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
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreignRequests.push(request.url());
  });
  return { context, foreignRequests };
}
