/** The zod contract of the checklist's stored record; the browser uses the zod-free twin in src/lib/checklist/stored-record.ts. */
import { z } from 'astro/zod';
import { CHECKLIST_RECORD_VERSION, type ChecklistRecord } from '../../lib/checklist/stored-record.ts';
import type { SameType } from './same-type.ts';

/**
 * Saved checklist progress. Ids no longer in the content are kept, never pruned, so a content change
 * can't lose anyone's progress.
 */
export const ChecklistRecordSchema = z.strictObject({
  /** The record version; only the current one is read, older ones are migrated first. */
  version: z.literal(CHECKLIST_RECORD_VERSION),
  /** For each list id, the ticked item ids and when each was ticked (ISO time, UTC). */
  lists: z.record(z.string(), z.record(z.string(), z.iso.datetime())),
});

/** Compile-time proof that the schema and the browser's plain `ChecklistRecord` type agree. */
export const checklistTypesAgree: SameType<z.output<typeof ChecklistRecordSchema>, ChecklistRecord> = true;
