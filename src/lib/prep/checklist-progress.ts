/** How far the reader is through the pre-call checklists, for the prep sheet. */
import type { ChecklistRecord } from '../checklist/stored-record.ts';

/** A checklist as the prep sheet needs it: its id, title and current item ids (from content/checklists). */
export interface ChecklistOutline {
  id: string;
  title: string;
  itemIds: string[];
}

/** Progress on one list, and overall. */
export interface ChecklistProgress {
  done: number;
  total: number;
  lists: { id: string; title: string; done: number; total: number }[];
}

/** Counts ticked items that are still in the content; ticks for removed items are kept in storage but not counted. */
export function checklistProgress(outlines: readonly ChecklistOutline[], record: ChecklistRecord | null): ChecklistProgress {
  const lists = outlines.map((list) => {
    const ticked = record?.lists[list.id] ?? {};
    return { id: list.id, title: list.title, done: list.itemIds.filter((id) => id in ticked).length, total: list.itemIds.length };
  });
  return { done: lists.reduce((sum, l) => sum + l.done, 0), total: lists.reduce((sum, l) => sum + l.total, 0), lists };
}
