import type { BrowserContext } from 'playwright-core';

/** Makes every touch of localStorage throw in the context's pages, as blocked site data does. */
export async function makeStorageThrow(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
}
