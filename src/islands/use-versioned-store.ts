import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LoadProblem, SaveStatus, VersionedStore, VersionedStoreOptions } from '../lib/storage/index.ts';

/** The storage code is only needed once mounted, so it stays out of every island's first render. */
const loadStorage = () => import('../lib/storage/index.ts');

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

/** Store options without storage (the hook supplies the browser's). */
export type StoreOptions<T extends { version: number }> = Omit<VersionedStoreOptions<T>, 'storage'>;

/**
 * Store options that arrive later, so a schema library stays out of the island's first render:
 * `empty` renders the first frame, `load` brings the schema in (usually a dynamic import).
 */
export interface LazyStoreOptions<T extends { version: number }> {
  empty: () => T;
  load: () => Promise<StoreOptions<T>>;
}

type Update<T> = T | ((previous: T) => T);
const apply = <T,>(previous: T, next: Update<T>): T => (typeof next === 'function' ? (next as (previous: T) => T)(previous) : next);

/**
 * Preact glue for a versioned store: reads storage after mount (so hydration matches the server),
 * saves on every update, and follows changes made in other tabs through the `storage` event.
 * The storage code (and, with lazy options, the record's schema) loads after mount; changes made
 * before it arrives are replayed onto what was stored, so typing in the first moment never
 * overwrites saved data, nor is lost.
 */
export function useVersionedStore<T extends { version: number }>(options: StoreOptions<T> | LazyStoreOptions<T>, what: string): StoredState<T> {
  const optionsRef = useRef(options);
  const storeRef = useRef<VersionedStore<T> | null>(null);
  /** Updates made before the store loaded; null once loading has failed and the data lives in memory. */
  const pendingRef = useRef<Update<T>[] | null>([]);
  const [value, setValue] = useState<T>(options.empty);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [problem, setProblem] = useState<LoadProblem | undefined>(undefined);
  const [describe, setDescribe] = useState<typeof import('../lib/storage/index.ts').storageNotice | null>(null);
  // A ref, so rapid updates in one event build on each other and saving stays out of render.
  const valueRef = useRef(value);
  valueRef.current = value;

  useEffect(() => {
    let disconnect = () => {};
    let cancelled = false;
    const connect = ([storeOptions, { createVersionedStore, browserStorage, storageNotice }]: [StoreOptions<T>, Awaited<ReturnType<typeof loadStorage>>]) => {
      if (cancelled) return;
      setDescribe(() => storageNotice);
      const store = createVersionedStore({ ...storeOptions, storage: browserStorage() });
      storeRef.current = store;
      const loaded = store.load();
      const pending = pendingRef.current ?? [];
      pendingRef.current = [];
      const current = pending.reduce<T>((previous, next) => apply(previous, next), loaded.value);
      valueRef.current = current;
      setValue(current);
      setStatus(pending.length > 0 ? store.save(current) : loaded.status);
      setProblem(loaded.problem);
      setReady(true);

      const onStorage = (event: StorageEvent) => {
        if (event.key !== null && event.key !== store.key) return;
        const external = store.fromExternal(event.key === null ? null : event.newValue);
        if (external) {
          valueRef.current = external;
          setValue(external);
        }
      };
      window.addEventListener('storage', onStorage);
      disconnect = () => window.removeEventListener('storage', onStorage);
    };

    const source = optionsRef.current;
    Promise.all(['load' in source ? source.load() : source, loadStorage()]).then(connect, () => {
      // The code could not be fetched (offline, say): keep working in memory and say so.
      if (cancelled) return;
      pendingRef.current = null;
      setStatus('unavailable');
      setReady(true);
    });
    return () => {
      cancelled = true;
      disconnect();
    };
  }, []);

  const update = useCallback((next: Update<T>) => {
    const resolved = apply(valueRef.current, next);
    valueRef.current = resolved;
    setValue(resolved);
    const store = storeRef.current;
    if (store) setStatus(store.save(resolved));
    else pendingRef.current?.push(next);
  }, []);

  // Before the storage code arrives nothing has been read, so there is nothing to report yet.
  const notice = describe ? describe(status, problem, what) : status === 'unavailable' ? `This page couldn't load what it needs to save ${what}, so changes last until you close this tab.` : null;
  return { value, update, ready, status, notice };
}
