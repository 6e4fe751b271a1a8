import { z } from 'astro/zod';
import { CHECKLIST_RECORD_VERSION } from './record-format.ts';

export { CHECKLIST_RECORD_VERSION, CHECKLIST_STORAGE_KEY, checklistRecordCheck, emptyChecklistRecord } from './record-format.ts';

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
