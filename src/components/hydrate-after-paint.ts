import type { EmbedModule } from './lazy-hydrate.ts';

/** Runs `then` once the browser reports the page's first contentful paint (or after `fallbackMs`, if it never says). */
function afterFirstPaint(then: () => void, fallbackMs = 3000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    then();
  };
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  const observer = typeof PerformanceObserver === 'function' ? new PerformanceObserver(() => painted() && run()) : undefined;
  observer?.observe({ type: 'paint', buffered: true });
  if (painted()) run();
  setTimeout(run, fallbackMs);
}

/**
 * For a tool that is on screen as soon as its page opens (the salary page): hydrates its embeds once the
 * page's text has painted and the browser is idle, loading the module by URL. Fetching island code before
 * the first paint would delay that paint. This file imports nothing at run time, so Astro inlines the
 * page script that uses it: no extra request before the first paint either.
 */
export function hydrateAfterPaint(selector: string, moduleUrl: string): void {
  const start = () => {
    const elements = document.querySelectorAll<HTMLElement>(selector);
    if (elements.length === 0) return;
    (import(/* @vite-ignore */ moduleUrl) as Promise<EmbedModule>).then((module) =>
      elements.forEach((element) => {
        module.mount(element);
        element.dataset.hydrated = '';
      }),
    );
  };
  afterFirstPaint(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 1000 }) : setTimeout(start, 200)));
}
