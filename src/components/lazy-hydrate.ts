/** A module that brings one server-rendered embed to life. */
export interface EmbedModule {
  mount(element: HTMLElement): void;
}

/**
 * The page-load half of an embed in a guide: watches the embeds, and the first time one comes near the
 * viewport, loads its module by URL (see src/integrations/lazy-modules.ts) and mounts it there.
 * Guides may ship only 1.5 KB of JavaScript at first render, so the island itself must wait until it is seen.
 */
export function hydrateWhenVisible(selector: string, moduleUrl: string): void {
  let loading: Promise<EmbedModule> | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const element = entry.target as HTMLElement;
        observer.unobserve(element);
        loading ??= import(/* @vite-ignore */ moduleUrl) as Promise<EmbedModule>;
        loading.then((module) => {
          module.mount(element);
          // Hydration is synchronous, so from here the embed answers input; tests wait for this mark.
          element.dataset.hydrated = '';
        });
      }
    },
    { rootMargin: '200px' },
  );
  document.querySelectorAll(selector).forEach((element) => observer.observe(element));
}
