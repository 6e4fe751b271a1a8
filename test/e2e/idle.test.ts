import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { settled, useBrowser } from './helpers/fixture.ts';
import { moduleGraph, ready } from './helpers/page-weight.ts';
import { DIST } from './helpers/site.ts';

const browser = useBrowser();

/**
 * The after-load code (search highlights, reading extras), the offline support it fetches 3 s after load when idle, and
 * the two chunks it fetches where their element is (a question page's story panel, the privacy page's delete-all
 * control): all a content page loads after its load event.
 */
let afterLoadCode: string[];

beforeAll(async () => {
  await ready;
  const files = readdirSync(path.join(DIST, '_astro'));
  afterLoadCode = ['after-load.', 'offline.', 'story-panel.', 'delete-all.'].flatMap((prefix) => {
    const chunk = files.find((file) => file.startsWith(prefix) && file.endsWith('.js'));
    if (!chunk) throw new Error(`dist/_astro has no ${prefix}*.js chunk`);
    return moduleGraph(DIST, `/_astro/${chunk}`);
  });
});

/** One page of each content type, including a guide with a checklist embed further down. */
const CONTENT_PAGES = [
  '/',
  '/guides/',
  '/guides/set-up-for-the-call/',
  '/questions/',
  '/questions/salary/',
  '/questions/salary/what-salary-are-you-looking-for/',
];

describe('content pages fetch nothing at idle but the after-load code', () => {
  it.each(CONTENT_PAGES)('%s makes no request after it has loaded but the after-load code, until the reader does something', async (path) => {
    const { context } = await browser.context({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const afterLoad: string[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      if (loaded) afterLoad.push(new URL(request.url()).pathname);
    });
    // Until the network has been quiet for half a second and the page has painted and had an idle period, so
    // work it defers (prefetching, the search index, island code for embeds out of view) would have started.
    await page.goto(path, { waitUntil: 'networkidle' });
    await settled(page);
    // The after-load chunk and its imports (src/components/after-load.ts) load after the load event; the service
    // worker's own downloads are not the page's requests. Nothing else may load: no prefetching, search or island code.
    expect(afterLoad.filter((url) => !afterLoadCode.includes(url))).toEqual([]);
    expect(afterLoad.filter((url) => url.includes('/after-load.')).length).toBeLessThanOrEqual(1);
    await context.close();
  });
});
