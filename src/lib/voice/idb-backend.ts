/** IndexedDB for the recordings store, through idb-keyval (no hand-written IndexedDB plumbing). */
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { AsyncKeyValue } from './recordings-store.ts';

/** The browser's IndexedDB as the store's key-value storage, or null where there is none (some private modes). */
export function idbStorage(databaseName: string): AsyncKeyValue | null {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return null;
  } catch {
    // Reading `indexedDB` itself throws where storage is blocked outright.
    return null;
  }
  const store = createStore(databaseName, 'takes');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    keys: () => keys(store),
  };
}
