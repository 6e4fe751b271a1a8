/**
 * Every island the site hydrates, by name: the one list the build (src/integrations/lazy-modules.ts) makes a
 * chunk from and `<Island name="…">` (src/components/Island.astro) accepts. To add an island, add a line here.
 *
 * - `component`: a Preact component. `<Island>` renders it to HTML on the server; in the browser the build's
 *   generated entry hydrates the same component over that HTML with the props stored on the element.
 * - `mount`: a plain module whose `mount(element)` builds the tool itself into the element (no Preact).
 *
 * Paths are relative to the project root. This file is read by astro.config.mjs, so it imports nothing.
 */
export const ISLANDS = {
  checklist: { component: 'src/islands/Checklist.tsx' },
  'salary-calculator': { component: 'src/islands/SalaryCalculator.tsx' },
  'prep-sheet': { component: 'src/islands/PrepSheet.tsx' },
  'practice-drill': { component: 'src/islands/PracticeDrill.tsx' },
  'story-bank': { component: 'src/islands/StoryBank.tsx' },
  'message-kit': { component: 'src/islands/MessageKit.tsx' },
  'search-page': { mount: 'src/components/search/page.ts' },
} as const satisfies Record<string, IslandSource>;

/** Where an island's browser code comes from: a Preact component to hydrate, or a module that mounts itself. */
export type IslandSource = { component: string } | { mount: string };

/** The name of an island in ISLANDS. */
export type IslandName = keyof typeof ISLANDS;

/** What an island's browser entry exports: the loader calls `mount` once per element, after the first paint. */
export interface IslandModule {
  mount(element: HTMLElement): void;
}
