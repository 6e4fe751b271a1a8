import { describe, expect, it } from 'vitest';
import { settled, useBrowser } from './helpers/fixture.ts';

const browser = useBrowser();

/** One page of each content type, including a guide with a checklist embed further down. */
const CONTENT_PAGES = ['/', '/guides/', '/guides/set-up-for-the-call/', '/questions/', '/questions/salary/', '/questions/salary/what-salary-are-you-looking-for/'];

describe('content pages fetch nothing at idle', () => {
  it.each(CONTENT_PAGES)('%s makes no request after it has loaded, until the reader does something', async (path) => {
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
    expect(afterLoad).toEqual([]);
    await context.close();
  });
});
