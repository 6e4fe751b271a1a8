import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';

/** The reader's choice about the background download of every page for offline use. */
export interface OfflinePreference {
  version: 1;
  /** False once the reader turned the background download off. */
  background: boolean;
}

/** Accepts exactly `{ version: 1, background: boolean }`. */
const check: RecordCheck<OfflinePreference> = {
  safeParse: (input) => {
    const value = input as Partial<OfflinePreference> | null;
    const ok =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      value.version === 1 &&
      typeof value.background === 'boolean' &&
      Object.keys(value).length === 2;
    return ok ? { success: true, data: value as OfflinePreference } : { success: false };
  },
};

/** The stored offline-download choice (on unless the reader turns it off). */
export const offlinePreferenceRecord = defineRecord<OfflinePreference>({
  key: 'psg:offline:v1',
  version: 1,
  empty: () => ({ version: 1, background: true }),
  check,
  what: 'your offline download setting',
});
