import { describe, expect, it } from 'vitest';
import { useBrowser } from './helpers/fixture.ts';

/*
 * The other browser tests assert "no requests to other hosts" on the list this isolation keeps, so the list must catch
 * a request that does go out, and the browser must never get an answer to it.
 */

const browser = useBrowser();

describe('the browser tests see every request to another host', () => {
  it('records it, and the browser gets no answer', async () => {
    // The site's CSP would stop this request before it is made, so the page runs without it here: this is about what
    // the tests see if something ever gets past the CSP.
    const { context, foreignRequests, page } = await browser.page({ bypassCSP: true });
    await page.goto('/');
    const outcome = await page.evaluate(() =>
      fetch('https://fonts.example.com/inter.css', { mode: 'no-cors' }).then(
        () => 'answered',
        () => 'failed',
      ),
    );
    expect(outcome).toBe('failed');
    expect(foreignRequests).toEqual(['https://fonts.example.com/inter.css']);
    // The site's own requests are not counted.
    expect(foreignRequests.some((url) => url.startsWith(new URL(page.url()).origin))).toBe(false);
    await context.close();
  });
});
