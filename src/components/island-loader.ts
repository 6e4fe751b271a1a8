import islandUrls from 'virtual:psg/islands';
import type { IslandModule } from '../islands/registry.ts';

/**
 * The site's one way to bring an island to life (README, "Islands"). Every `[data-island]` element is server
 * HTML that already reads well. Once the page has painted and the browser is idle, each element on screen or
 * within 200px of it loads its island's chunk by URL and mounts it; an element further down waits until it is
 * scrolled near. Island code never competes with the first paint, and a page ships no framework code at
 * first render: this loader, inline and a few hundred bytes, is all.
 */
export function hydrateIslands(): void {
  const loads: Record<string, Promise<IslandModule>> = {};
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        const element = target as HTMLElement;
        const name = element.dataset.island!;
        observer.unobserve(element);
        void (loads[name] ??= import(/* @vite-ignore */ islandUrls[name]!) as Promise<IslandModule>).then((module) => {
          module.mount(element);
          // Mounting is synchronous, so from here the island answers input; tests wait for this mark.
          element.dataset.hydrated = '';
        });
      }
    },
    { rootMargin: '200px' },
  );
  // Safari has no requestIdleCallback: a short timeout stands in for it.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  // A module script runs once the HTML is parsed and the CSS loaded; requestAnimationFrame fires just before the
  // first frame is painted and the timeout just after it. Only then, when idle, start loading island code.
  requestAnimationFrame(() =>
    setTimeout(() => idle(() => document.querySelectorAll('[data-island]').forEach((element) => observer.observe(element)), { timeout: 1000 })),
  );
}
