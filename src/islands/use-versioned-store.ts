import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  browserStorage,
  createVersionedStore,
  storageNotice,
  type LoadProblem,
  type SaveStatus,
  type VersionedStore,
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

/**
 * Preact glue for a versioned store: reads storage after mount (so hydration matches the server),
 * saves on every update, and follows changes made in other tabs through the `storage` event.
 */
export function useVersionedStore<T extends { version: number }>(
  options: Omit<VersionedStoreOptions<T>, 'storage'>,
  what: string,
): StoredState<T> {
  const optionsRef = useRef(options);
  const storeRef = useRef<VersionedStore<T> | null>(null);
  const [value, setValue] = useState<T>(options.empty);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [problem, setProblem] = useState<LoadProblem | undefined>(undefined);

  useEffect(() => {
    const store = createVersionedStore({ ...optionsRef.current, storage: browserStorage() });
    storeRef.current = store;
    const loaded = store.load();
    setValue(loaded.value);
    setStatus(loaded.status);
    setProblem(loaded.problem);
    setReady(true);

    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== store.key) return;
      const external = store.fromExternal(event.key === null ? null : event.newValue);
      if (external) setValue(external);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // A ref, so rapid updates in one event build on each other and saving stays out of render.
  const valueRef = useRef(value);
  valueRef.current = value;
  const update = useCallback((next: T | ((previous: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
    valueRef.current = resolved;
    setValue(resolved);
    const store = storeRef.current;
    if (store) setStatus(store.save(resolved));
  }, []);

  return { value, update, ready, status, notice: storageNotice(status, problem, what) };
}
