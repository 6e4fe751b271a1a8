import { z } from 'astro/zod';

/** Where checklist ticks are kept in the browser. The key names the format family; `version` drives migrations. */
export const CHECKLIST_STORAGE_KEY = 'psg:checklist:v1';

/** The record version this code writes. */
export const CHECKLIST_RECORD_VERSION = 1;

/**
 * Saved checklist progress: for each list id, the ids of ticked items and when they were ticked (ISO time).
 * Ids no longer in the content are kept, never pruned, so a content change can't lose anyone's progress.
 */
export const ChecklistRecordSchema = z.strictObject({
  version: z.literal(CHECKLIST_RECORD_VERSION),
  lists: z.record(z.string(), z.record(z.string(), z.iso.datetime())),
});

/** Saved checklist progress. */
export type ChecklistRecord = z.output<typeof ChecklistRecordSchema>;

/** A record with nothing ticked. */
export function emptyChecklistRecord(): ChecklistRecord {
  return { version: CHECKLIST_RECORD_VERSION, lists: {} };
}
