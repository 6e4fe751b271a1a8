import type { LoadProblem, SaveStatus, VersionedStore } from './versioned-store.ts';

/** What every view of a record sees. */
export interface SharedRecordState<T> {
  value: T;
  status: SaveStatus;
  /** Why the stored record could not be used as it was, if it couldn't. */
  problem?: LoadProblem;
}

/**
 * One record that several views on the same page read and write. Each view holding its own copy would
 * let one view's save overwrite another's changes (two checklists embedded in one guide), and would
 * load, and back up, a corrupt record once per view.
 */
export interface SharedRecord<T> {
  /** The current state; the record is loaded from storage on first call. */
  state(): SharedRecordState<T>;
  /** Replaces the value (or derives it from the current one), saves it and tells every view. */
  update(next: T | ((previous: T) => T)): void;
  /** Takes in a value another tab wrote (a `storage` event); unusable values are ignored. */
  receive(raw: string | null): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: SharedRecordState<T>) => void): () => void;
}

/** Wraps a store so that every view on the page shares one loaded record. */
export function createSharedRecord<T>(store: VersionedStore<T>): SharedRecord<T> {
  let current: SharedRecordState<T> | null = null;
  const listeners = new Set<(state: SharedRecordState<T>) => void>();

  function state(): SharedRecordState<T> {
    if (!current) {
      const { value, status, problem } = store.load();
      current = { value, status, problem };
    }
    return current;
  }

  function publish(next: SharedRecordState<T>): void {
    current = next;
    for (const listener of [...listeners]) listener(next);
  }

  return {
    state,
    update(next) {
      const previous = state();
      const value = typeof next === 'function' ? (next as (previous: T) => T)(previous.value) : next;
      publish({ ...previous, value, status: store.save(value) });
    },
    receive(raw) {
      const value = store.fromExternal(raw);
      if (value !== null) publish({ ...state(), value });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
