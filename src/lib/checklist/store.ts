import { createVersionedStore, type KeyValueStorage, type VersionedStore, type VersionedStoreOptions } from '../storage/index.ts';
import { CHECKLIST_RECORD_VERSION, CHECKLIST_STORAGE_KEY, checklistRecordCheck, emptyChecklistRecord } from './record-format.ts';
import type { ChecklistRecord } from './record.ts';

/** Everything the versioned store needs to know about checklist records, except where they live. */
export const checklistStoreOptions: Omit<VersionedStoreOptions<ChecklistRecord>, 'storage' | 'now'> = {
  key: CHECKLIST_STORAGE_KEY,
  version: CHECKLIST_RECORD_VERSION,
  // The zod-free twin of ChecklistRecordSchema, so the island bundle stays small.
  schema: checklistRecordCheck,
  empty: emptyChecklistRecord,
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
};

/** The checklist's store over the given storage (the browser's, or a fake in tests). */
export function createChecklistStore(storage: KeyValueStorage | null, now?: () => Date): VersionedStore<ChecklistRecord> {
  return createVersionedStore({ ...checklistStoreOptions, storage, now });
}

/** The words storage notices use for this data. */
export const CHECKLIST_DATA_NAME = 'your checklist ticks';
