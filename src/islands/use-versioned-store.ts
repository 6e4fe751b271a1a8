import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  browserStorage,
  createSharedRecord,
  createVersionedStore,
  storageNotice,
  type SaveStatus,
  type SharedRecord,
  type SharedRecordState,
  type VersionedStoreOptions,
} from '../lib/storage/index.ts';

/** What an island gets from useVersionedStore. */
export interface StoredState<T> {
  value: T;
  /** Replaces the record (or derives it from the previous one) and saves it. */
  update: (next: T | ((previous: T) => T)) => void;
  /** False until storage has been read after mount; the first render always matches the server HTML. */
  ready: boolean;
  status: SaveStatus;
  /** The sentence to show about saving, or null when all is well. */
  notice: string | null;
}

/** Options for one kind of record, minus the storage (the hook uses the browser's). */
type HookOptions<T extends { version: number }> = Omit<VersionedStoreOptions<T>, 'storage'>;

/**
 * One shared record per storage key for the whole page: islands that show the same record (two checklists
 * in one guide) must not each keep a copy, or one island's save would overwrite the other's changes.
 */
const sharedRecords = new Map<string, SharedRecord<unknown>>();

/** The page's shared record for `options.key`, created (and subscribed to other tabs) on first use. */
function sharedRecordFor<T extends { version: number }>(options: HookOptions<T>): SharedRecord<T> {
  const existing = sharedRecords.get(options.key);
  if (existing) return existing as SharedRecord<T>;
  const store = createVersionedStore({ ...options, storage: browserStorage() });
  const record = createSharedRecord(store);
  sharedRecords.set(options.key, record as SharedRecord<unknown>);
  // Other tabs' writes arrive as `storage` events; a null key means another tab cleared all storage.
  window.addEventListener('storage', (event) => {
    if (event.key === store.key) record.receive(event.newValue);
    else if (event.key === null) record.receive(null);
  });
  return record;
}

/**
 * Preact glue for a versioned store: reads storage after mount (so hydration matches the server),
 * saves on every update, keeps every island on the page that uses the same key in step, and follows
 * changes made in other tabs through the `storage` event.
 */
export function useVersionedStore<T extends { version: number }>(options: HookOptions<T>, what: string): StoredState<T> {
  const optionsRef = useRef(options);
  const [initial] = useState(options.empty);
  const [state, setState] = useState<SharedRecordState<T> | null>(null);

  useEffect(() => {
    const record = sharedRecordFor(optionsRef.current);
    setState(record.state());
    return record.subscribe(setState);
  }, []);

  const update = useCallback((next: T | ((previous: T) => T)) => sharedRecordFor(optionsRef.current).update(next), []);

  if (!state) return { value: initial, update, ready: false, status: 'saved', notice: null };
  return { value: state.value, update, ready: true, status: state.status, notice: storageNotice(state.status, state.problem, what) };
}
