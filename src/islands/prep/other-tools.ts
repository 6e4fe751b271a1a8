import type { RangeWords } from '../../lib/prep/saved-range-words.ts';
import type { ChecklistRecord } from '../../lib/checklist/stored-record.ts';

/** Everything this browser knows from the other tools: the saved salary range and checklist ticks. */
export interface FromOtherTools {
  range: RangeWords | null;
  checklist: ChecklistRecord | null;
}

/**
 * Reads the calculator's and the checklist's records through their own definitions, without changing
 * them; a bad record reads as nothing.
 */
export async function readOtherTools(): Promise<
  FromOtherTools & { keys: string[]; reread: (key: string, raw: string | null) => Promise<Partial<FromOtherTools>> }
> {
  // Loaded after first render: the prep page's budget has no room for the other tools' record checks.
  const [{ openRecordStore, browserStorage }, { checklistRecord }, { savedRangeRecord }] = await Promise.all([
    import('../../lib/storage/index.ts'),
    import('../../lib/checklist/stored-record.ts'),
    import('../../lib/salary/saved-range-record.ts'),
  ]);
  const storage = browserStorage();
  // The checklist's own definition, migrations included: a checklist record of a later version reads as
  // progress here too, never as unreadable. It is only read (fromExternal), never written or backed up.
  const checklistStore = openRecordStore(checklistRecord, storage);
  const SAVED_RANGE_KEY = savedRangeRecord.key;
  const raw = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const readRange = async (value: string | null) => (value === null ? null : (await import('../../lib/prep/saved-range-words.ts')).savedRangeWords(value));
  const reread = async (key: string, value: string | null): Promise<Partial<FromOtherTools>> =>
    key === SAVED_RANGE_KEY ? { range: await readRange(value) } : key === checklistStore.key ? { checklist: checklistStore.fromExternal(value) } : {};
  return {
    range: await readRange(raw(SAVED_RANGE_KEY)),
    checklist: checklistStore.fromExternal(raw(checklistStore.key)),
    keys: [SAVED_RANGE_KEY, checklistStore.key],
    reread,
  };
}
