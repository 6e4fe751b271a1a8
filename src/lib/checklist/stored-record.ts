/*
 * The checklist's stored record as the browser knows it, without zod: bundling zod into the checklist
 * island would cost about 26 KB gzip, more than the whole 16 KB island budget. The zod contract is
 * src/schemas/records/checklist.ts; a unit test keeps `checklistRecordCheck` in step with it.
 */
import { defineRecord } from '../storage/define-record.ts';
import { ISO_DATETIME, isObject } from '../storage/checks.ts';
import type { RecordCheck } from '../storage/types.ts';

/** Where checklist ticks are kept in the browser. The key names the format family; `version` drives migrations. */
export const CHECKLIST_STORAGE_KEY = 'psg:checklist:v1';

/** The record version this code writes. */
export const CHECKLIST_RECORD_VERSION = 1;

/**
 * Saved checklist progress: for each list id, the ids of ticked items and when they were ticked (ISO time).
 * The same type as the schema's output (the schema proves it at compile time).
 */
export interface ChecklistRecord {
  version: typeof CHECKLIST_RECORD_VERSION;
  lists: Record<string, Record<string, string>>;
}

/** A record with nothing ticked. */
export function emptyChecklistRecord(): ChecklistRecord {
  return { version: CHECKLIST_RECORD_VERSION, lists: {} };
}

/** Validates a stored record exactly as `ChecklistRecordSchema` does, in a few hundred bytes. */
export const checklistRecordCheck: RecordCheck<ChecklistRecord> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== CHECKLIST_RECORD_VERSION || !isObject(input.lists)) return { success: false };
    if (Object.keys(input).some((key) => key !== 'version' && key !== 'lists')) return { success: false };
    for (const ticks of Object.values(input.lists)) {
      if (!isObject(ticks)) return { success: false };
      for (const time of Object.values(ticks)) if (typeof time !== 'string' || !ISO_DATETIME.test(time)) return { success: false };
    }
    return { success: true, data: input as unknown as ChecklistRecord };
  },
};

/** The checklist's stored record: every reader of saved ticks (the checklist, the prep sheet) uses this. */
export const checklistRecord = defineRecord<ChecklistRecord>({
  key: CHECKLIST_STORAGE_KEY,
  version: CHECKLIST_RECORD_VERSION,
  empty: emptyChecklistRecord,
  check: checklistRecordCheck,
  what: 'your checklist ticks',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
