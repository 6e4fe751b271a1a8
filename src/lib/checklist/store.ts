import { openRecordStore, type KeyValueStorage, type VersionedStore } from '../storage/index.ts';
import { checklistRecord } from './stored-record.ts';
import type { ChecklistRecord } from './stored-record.ts';

/** The checklist's store over the given storage (the browser's, or a fake in tests). */
export function createChecklistStore(storage: KeyValueStorage | null, now?: () => Date): VersionedStore<ChecklistRecord> {
  return openRecordStore(checklistRecord, storage, now);
}

/** The words storage notices use for this data. */
export const CHECKLIST_DATA_NAME = checklistRecord.what;
