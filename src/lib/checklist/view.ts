import type { ChecklistShape } from './model.ts';
import { routes } from '../url.ts';

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

/** A checklist as the content collection holds it (the parts the view needs). */
export interface ChecklistSource {
  id: string;
  data: { title: string; when: string; items: { id: string; label: string; why?: string; guide?: string }[] };
}

/**
 * Turns checklist content into island props. Each item links to the guide that explains it, named by the
 * guide's title (`guideTitle` returns undefined for a guide not written yet, which gets a generic name).
 * Links to `currentPath` are left out: inside a guide, "read this guide" points nowhere new.
 */
export function toChecklistView({ id, data }: ChecklistSource, guideTitle: (slug: string) => string | undefined, currentPath?: string): ChecklistView {
  return {
    id,
    title: data.title,
    when: data.when,
    items: data.items.map((item) => {
      const href = item.guide ? routes.guide(item.guide) : undefined;
      return {
        id: item.id,
        label: item.label,
        ...(item.why ? { why: item.why } : {}),
        ...(item.guide && href && href !== currentPath ? { guide: { href, title: guideTitle(item.guide) ?? 'Read the guide' } } : {}),
      };
    }),
  };
}

/** What the model needs from a list: its id and its items' ids. */
export function shapeOf(list: ChecklistView): ChecklistShape {
  return { id: list.id, itemIds: list.items.map((item) => item.id) };
}
