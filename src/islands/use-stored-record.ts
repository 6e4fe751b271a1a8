import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import storageUrl from 'virtual:psg/lazy/storage';
import type { RecordDefinition, SaveStatus, SharedRecord, SharedRecordState } from '../lib/storage/index.ts';

/** What an island gets from useStoredRecord. */
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

type Update<T> = T | ((previous: T) => T);
const apply = <T>(previous: T, next: Update<T>): T => (typeof next === 'function' ? (next as (previous: T) => T)(previous) : next);

/**
 * The storage code is only needed once an island has mounted, so it never weighs on first render. Loaded by URL
 * (src/integrations/lazy-modules.ts), so no tool page carries Vite's preload helper (about 0.9 KB) for it.
 */
type StorageModule = typeof import('../lib/storage/index.ts');
const loadStorage = () => import(/* @vite-ignore */ storageUrl) as Promise<StorageModule>;

/**
 * One shared record per storage key for the whole page: islands that show the same record (two checklists
 * in one guide) must not each keep a copy, or one island's save would overwrite the other's changes.
 */
const sharedRecords = new Map<string, SharedRecord<unknown>>();

/** The page's shared record for `definition.key`, created (and subscribed to other tabs) on first use. */
function sharedRecordFor<T extends { version: number }>(definition: RecordDefinition<T>, lib: StorageModule): SharedRecord<T> {
  const existing = sharedRecords.get(definition.key);
  if (existing) return existing as SharedRecord<T>;
  const store = lib.openRecordStore(definition, lib.browserStorage());
  const record = lib.createSharedRecord(store);
  sharedRecords.set(definition.key, record as SharedRecord<unknown>);
  // Other tabs' writes arrive as `storage` events; a null key means another tab cleared all storage.
  window.addEventListener('storage', (event) => {
    if (event.key === store.key) record.receive(event.newValue);
    else if (event.key === null) record.receive(null);
  });
  return record;
}

/**
 * Preact glue for a defined record: reads storage after mount (so hydration matches the server),
 * saves on every update, keeps every island on the page that uses the same key in step, and follows
 * changes made in other tabs through the `storage` event. The storage code loads after mount; changes
 * made before it arrives are replayed onto what was stored, so typing in the first moment neither
 * overwrites saved data nor is lost.
 */
export function useStoredRecord<T extends { version: number }>(definition: RecordDefinition<T>): StoredState<T> {
  const definitionRef = useRef(definition);
  const { what } = definition;
  const recordRef = useRef<SharedRecord<T> | null>(null);
  /** Changes made before the record loaded; null once loading failed and the data lives in memory only. */
  const pendingRef = useRef<Update<T>[] | null>([]);
  const [early, setEarly] = useState<T>(definition.empty);
  const earlyRef = useRef(early);
  const [state, setState] = useState<SharedRecordState<T> | null>(null);
  const [notice, setNotice] = useState<StorageModule['storageNotice'] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    loadStorage().then(
      (lib) => {
        if (cancelled) return;
        const record = sharedRecordFor(definitionRef.current, lib);
        recordRef.current = record;
        for (const next of pendingRef.current?.splice(0) ?? []) record.update(next);
        setNotice(() => lib.storageNotice);
        setState(record.state());
        unsubscribe = record.subscribe(setState);
      },
      () => {
        // The code could not be fetched (offline, say): keep working in memory and say so.
        if (cancelled) return;
        pendingRef.current = null;
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);

  const update = useCallback((next: Update<T>) => {
    const record = recordRef.current;
    if (record) return record.update(next);
    pendingRef.current?.push(next);
    earlyRef.current = apply(earlyRef.current, next);
    setEarly(earlyRef.current);
  }, []);

  if (failed)
    return {
      value: early,
      update,
      ready: true,
      status: 'unavailable',
      notice: `This page couldn’t load what it needs to save ${what}, so changes last until you close this tab.`,
    };
  if (!state || !notice) return { value: early, update, ready: false, status: 'saved', notice: null };
  return { value: state.value, update, ready: true, status: state.status, notice: notice(state.status, state.problem, what) };
}
