import type { ChecklistShape } from './model.ts';

/** One item as the checklist island shows it. Plain data, so it can cross into an island as a prop. */
export interface ChecklistItemView {
  id: string;
  label: string;
  why?: string;
  /** The guide that explains the item. */
  guide?: { href: string; title: string };
}

/** One list as the checklist island shows it. */
export interface ChecklistView {
  id: string;
  title: string;
  when: string;
  items: ChecklistItemView[];
}

/** What the model needs from a list: its id and its items' ids. */
export function shapeOf(list: ChecklistView): ChecklistShape {
  return { id: list.id, itemIds: list.items.map((item) => item.id) };
}
