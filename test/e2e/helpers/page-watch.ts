import type { Page } from 'playwright-core';

/** Problems a page reported while a test used it. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

/** Records console errors, uncaught exceptions and failed requests on a page. */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Cancelled by the browser because the test reloaded, navigated or closed the page while it was in flight (the
    // offline code loads 3 s after the load event): not a fault of the site. A missing file still fails as HTTP 404,
    // a refused or blocked request by its own error, and a CSP block as a console error.
    if (error === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return problems;
}
