import type { ChecklistRecord } from './stored-record.ts';

/** The ticks saved for one list: item id → when it was ticked (ISO time). */
export type ListTicks = Readonly<Record<string, string>>;

/** A list as the model needs it: its id and the ids of the items the content has today. */
export interface ChecklistShape {
  id: string;
  itemIds: readonly string[];
}

/** How far through a list (or all lists) the reader is. */
export interface Progress {
  done: number;
  total: number;
}

/** What a reset took away, so that Undo can put it back. */
export interface ResetResult {
  record: ChecklistRecord;
  /** The ticks that were cleared; empty when there was nothing to clear. */
  removed: ListTicks;
}

/** The saved ticks of one list (empty when none). */
export function listTicks(record: ChecklistRecord, listId: string): ListTicks {
  return Object.hasOwn(record.lists, listId) ? record.lists[listId]! : {};
}

/** True when the item is ticked. */
export function isTicked(record: ChecklistRecord, listId: string, itemId: string): boolean {
  return Object.hasOwn(listTicks(record, listId), itemId);
}

/** Returns the record with one list's ticks replaced; an emptied list is dropped so the record stays small. */
function withList(record: ChecklistRecord, listId: string, ticks: Record<string, string>): ChecklistRecord {
  const lists = { ...record.lists };
  if (Object.keys(ticks).length === 0) delete lists[listId];
  else lists[listId] = ticks;
  return { ...record, lists };
}

/**
 * Ticks or unticks one item. Ticking an item that is already ticked keeps its original time;
 * the record is returned unchanged (same object) when nothing changes.
 */
export function setTicked(record: ChecklistRecord, listId: string, itemId: string, ticked: boolean, now: Date): ChecklistRecord {
  if (isTicked(record, listId, itemId) === ticked) return record;
  const ticks = { ...listTicks(record, listId) };
  if (ticked) ticks[itemId] = now.toISOString();
  else delete ticks[itemId];
  return withList(record, listId, ticks);
}

/** Flips one item. */
export function toggleTicked(record: ChecklistRecord, listId: string, itemId: string, now: Date): ChecklistRecord {
  return setTicked(record, listId, itemId, !isTicked(record, listId, itemId), now);
}

/**
 * Clears the ticks of a list's current items. Ticks of items no longer in the content are kept:
 * the reader can't see them, so a reset must not be what deletes them.
 */
export function resetList(record: ChecklistRecord, list: ChecklistShape): ResetResult {
  const ticks = { ...listTicks(record, list.id) };
  const removed: Record<string, string> = {};
  for (const itemId of list.itemIds) {
    if (!Object.hasOwn(ticks, itemId)) continue;
    removed[itemId] = ticks[itemId]!;
    delete ticks[itemId];
  }
  if (Object.keys(removed).length === 0) return { record, removed };
  return { record: withList(record, list.id, ticks), removed };
}

/**
 * Puts back what a reset cleared. An item ticked again since the reset keeps its newer time,
 * so Undo never loses a tick made after the reset.
 */
export function undoReset(record: ChecklistRecord, listId: string, removed: ListTicks): ChecklistRecord {
  if (Object.keys(removed).length === 0) return record;
  return withList(record, listId, { ...removed, ...listTicks(record, listId) });
}

/** How many of a list's current items are ticked; saved ids of removed items don't count. */
export function listProgress(record: ChecklistRecord, list: ChecklistShape): Progress {
  const ticks = listTicks(record, list.id);
  const done = list.itemIds.filter((itemId) => Object.hasOwn(ticks, itemId)).length;
  return { done, total: list.itemIds.length };
}

/** Progress summed over several lists. */
export function overallProgress(record: ChecklistRecord, lists: readonly ChecklistShape[]): Progress {
  return lists.reduce<Progress>(
    (sum, list) => {
      const { done, total } = listProgress(record, list);
      return { done: sum.done + done, total: sum.total + total };
    },
    { done: 0, total: 0 },
  );
}

/** "3 of 7 done": the words shown next to every progress bar. */
export function progressText({ done, total }: Progress): string {
  return `${done} of ${total} done`;
}
