/** Sorts items by a numeric `order`, then by title, without changing the input. */
export function byOrder<T extends { order: number; title: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Groups items by a key, keeping the order of `keys` (every key present, possibly empty). */
export function groupBy<T, K extends string>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return groups;
}

/** The items just before and after `index` in a list, for "previous" and "next" links. */
export function neighbors<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index < items.length - 1 ? items[index + 1] : undefined };
}
