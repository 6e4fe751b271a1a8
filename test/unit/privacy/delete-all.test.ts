import { describe, expect, it } from 'vitest';
import { SITE_DATABASES, deleteEverything, siteKeys } from '../../../src/lib/privacy/delete-all.ts';

/** A Storage-like map with key enumeration. */
function storageWith(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
  };
}

/** An IDBFactory-like object whose delete requests end as told. */
function databasesEnding(outcome: 'onsuccess' | 'onerror' | 'onblocked') {
  const deleted: string[] = [];
  return {
    deleted,
    deleteDatabase(name: string) {
      deleted.push(name);
      const request = { onsuccess: null as unknown, onerror: null as unknown, onblocked: null as unknown };
      queueMicrotask(() => (request[outcome] as () => void)());
      return request;
    },
  };
}

describe('delete everything', () => {
  it('removes every psg: key (records, backups, theme) and nothing else, and deletes the recordings database', async () => {
    const storage = storageWith({ 'psg:stories:v1': '{}', 'psg:stories:v1:backup:1': '{}', 'psg:theme': 'dark', 'psg:prep:v1': '{}', 'other-site': 'x' });
    const databases = databasesEnding('onsuccess');
    const report = await deleteEverything({ storage, databases });
    expect([...storage.map.keys()]).toEqual(['other-site']);
    expect(report).toEqual({ removedKeys: 4, problem: null });
    expect(databases.deleted).toEqual(['psg:recordings:v1']);
    expect(SITE_DATABASES).toEqual(['psg:recordings:v1']);
  });

  it('says so when the database is blocked or fails, and when storage throws', async () => {
    expect((await deleteEverything({ storage: null, databases: databasesEnding('onblocked') })).problem).toMatch(/close the other tabs/);
    expect((await deleteEverything({ storage: null, databases: databasesEnding('onerror') })).problem).toMatch(/could not be deleted/);
    const throwing = {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => null,
      removeItem: () => {},
    };
    expect((await deleteEverything({ storage: throwing, databases: null })).problem).toMatch(/blocked/);
  });

  it('picks only site keys', () => {
    expect(siteKeys(['psg:a', 'xpsg:b', 'PSG:c', 'psg:'])).toEqual(['psg:a', 'psg:']);
  });
});
