/**
 * "Delete everything this site saved": every `psg:` key in localStorage (records, their backups, the theme)
 * and the IndexedDB database of practice recordings. No DOM here beyond the storage objects passed in.
 */
import { takesRecord } from '../voice/takes.ts';

/** Every key this site writes starts with this. */
export const SITE_KEY_PREFIX = 'psg:';

/** The IndexedDB databases this site creates (the recordings store is keyed by its record's key). */
export const SITE_DATABASES: readonly string[] = [takesRecord.key];

/** The site's keys among all of a storage's keys. */
export function siteKeys(allKeys: readonly string[]): string[] {
  return allKeys.filter((key) => key.startsWith(SITE_KEY_PREFIX));
}

/** The parts of Storage and IDBFactory this needs. */
export interface DeleteTargets {
  storage: { readonly length: number; key(index: number): string | null; removeItem(key: string): void } | null;
  databases: { deleteDatabase(name: string): { onsuccess: unknown; onerror: unknown; onblocked: unknown } } | null;
}

/** What deleting did, for the status line. */
export interface DeleteReport {
  removedKeys: number;
  /** Null when all went well, or the sentence saying what could not be deleted. */
  problem: string | null;
}

/** Deletes every site key and database; resolves with what happened (never rejects). */
export async function deleteEverything({ storage, databases }: DeleteTargets): Promise<DeleteReport> {
  let removedKeys = 0;
  const problems: string[] = [];
  try {
    if (storage) {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) keys.push(storage.key(i) ?? '');
      for (const key of siteKeys(keys)) {
        storage.removeItem(key);
        removedKeys++;
      }
    }
  } catch {
    problems.push('Your browser blocked this page from its saved data, so some of it may remain. Clear this site’s data in your browser’s settings.');
  }
  for (const name of databases ? SITE_DATABASES : []) {
    const outcome = await new Promise<'ok' | 'blocked' | 'error'>((resolve) => {
      try {
        const request = databases!.deleteDatabase(name) as { onsuccess: unknown; onerror: unknown; onblocked: unknown };
        request.onsuccess = () => resolve('ok');
        request.onerror = () => resolve('error');
        request.onblocked = () => resolve('blocked');
      } catch {
        resolve('error');
      }
    });
    if (outcome === 'blocked') problems.push('Your recordings will be deleted once you close the other tabs of this site that have the practice drill open.');
    if (outcome === 'error') problems.push('Your practice recordings could not be deleted. Clear this site’s data in your browser’s settings.');
  }
  return { removedKeys, problem: problems.length ? problems.join(' ') : null };
}
