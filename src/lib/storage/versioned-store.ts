import type { RecordDefinition } from './define-record.ts';
import { isQuotaError, type KeyValueStorage } from './key-value-storage.ts';
import type { LoadProblem, LoadResult, RecordCheck, SaveStatus } from './types.ts';

// The shared types live in a leaf module so define-record.ts can use them without importing this one.
export type { LoadProblem, LoadResult, RecordCheck, SaveStatus } from './types.ts';

/** A record's shape is checked by its schema; only its `version` matters before that. */
type VersionedRecord = { version: number };

/** How to store one kind of record. */
export interface VersionedStoreOptions<T extends VersionedRecord> {
  /** Storage key; it names the format family, e.g. `psg:checklist:v1`. */
  key: string;
  /** The record version this code writes. */
  version: number;
  /** Validates a record of the current version (a zod schema, or a zod-free check for the browser). */
  schema: RecordCheck<T>;
  /** A fresh, empty record of the current version. */
  empty: () => T;
  /** Steps that turn a record of version n (the key) into version n + 1. */
  migrations?: Record<number, (record: unknown) => unknown>;
  /** The browser's storage, or null where there is none. */
  storage: KeyValueStorage | null;
  /** Clock, injectable for tests; used to name backups. */
  now?: () => Date;
}

/** A store for one versioned record that never throws and never destroys what it cannot read. */
export interface VersionedStore<T> {
  readonly key: string;
  /** Reads the record, migrating or backing it up as needed. */
  load(): LoadResult<T>;
  /** Writes the record; the returned status says whether it really reached storage. */
  save(value: T): SaveStatus;
  /** Parses a value another tab wrote (from a `storage` event); null when it is not a usable record. */
  fromExternal(raw: string | null): T | null;
  /** The status after the last load or save. */
  status(): SaveStatus;
}

/** The prefix of every backup key made for `key`; backups are `${prefix}${ISO time}`. */
export function backupKeyPrefix(key: string): string {
  return `${key}:backup:`;
}

/**
 * Brings a parsed record up to `version` through `migrations`, then checks it, or explains why it can't be.
 * Shared by every store, whatever holds the record (localStorage here, IndexedDB for recordings).
 */
export function upgradeRecord<T>(
  parsed: unknown,
  { version, migrations, schema }: { version: number; migrations: Readonly<Record<number, (record: unknown) => unknown>>; schema: RecordCheck<T> },
): { value: T } | { problem: LoadProblem } {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { problem: 'corrupt' };
  const recordVersion = (parsed as { version?: unknown }).version;
  if (typeof recordVersion !== 'number' || !Number.isInteger(recordVersion) || recordVersion < 1) return { problem: 'unknown-version' };
  if (recordVersion > version) return { problem: 'newer-version' };
  let record: unknown = parsed;
  for (let v = recordVersion; v < version; v += 1) {
    const step = migrations[v];
    if (!step) return { problem: 'unknown-version' };
    try {
      record = step(record);
    } catch {
      return { problem: 'invalid' };
    }
  }
  const checked = schema.safeParse(record);
  return checked.success ? { value: checked.data } : { problem: 'invalid' };
}

/** Creates a store for one kind of record. See VersionedStoreOptions. */
export function createVersionedStore<T extends VersionedRecord>(options: VersionedStoreOptions<T>): VersionedStore<T> {
  const { key, version, schema, empty, migrations = {}, storage, now = () => new Date() } = options;
  let status: SaveStatus = storage ? 'saved' : 'unavailable';

  /** Copies a raw value aside before anything replaces it. Returns the key, or null when that failed. */
  function backUp(raw: string): string | null {
    if (!storage) return null;
    const backupKey = `${backupKeyPrefix(key)}${now().toISOString()}`;
    try {
      storage.setItem(backupKey, raw);
      return backupKey;
    } catch (error) {
      status = isQuotaError(error) ? 'full' : 'unavailable';
      return null;
    }
  }

  function interpret(raw: string): { value: T; migrated: boolean } | { problem: LoadProblem } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { problem: 'corrupt' };
    }
    const result = upgradeRecord(parsed, { version, migrations, schema });
    if ('problem' in result) return result;
    const migrated = (parsed as VersionedRecord).version !== version;
    return { value: result.value, migrated };
  }

  return {
    key,
    status: () => status,

    load() {
      if (!storage) return { value: empty(), status: (status = 'unavailable') };
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { value: empty(), status: (status = 'unavailable') };
      }
      if (raw === null) return { value: empty(), status };

      const result = interpret(raw);
      if ('value' in result && !result.migrated) return { value: result.value, status };

      // Anything we cannot use exactly as stored is copied aside first, so nothing is ever lost.
      const backupKey = backUp(raw) ?? undefined;
      if ('value' in result) return { value: result.value, status, problem: 'migrated', backupKey };
      if (result.problem === 'newer-version') status = 'newer-version';
      // Without a backup, overwriting the record would lose it: stay in memory instead.
      else if (!backupKey && status === 'saved') status = 'unavailable';
      return { value: empty(), status, problem: result.problem, backupKey };
    },

    save(value) {
      if (!storage || status === 'newer-version') return status;
      try {
        storage.setItem(key, JSON.stringify(value));
        status = 'saved';
      } catch (error) {
        status = isQuotaError(error) ? 'full' : 'unavailable';
      }
      return status;
    },

    fromExternal(raw) {
      if (raw === null) return empty();
      const result = interpret(raw);
      return 'value' in result ? result.value : null;
    },
  };
}

/** A store for a defined record over the given storage (the browser's, a fake in tests, or null). */
export function openRecordStore<T extends VersionedRecord>(
  definition: RecordDefinition<T>,
  storage: KeyValueStorage | null,
  now?: () => Date,
): VersionedStore<T> {
  const { key, version, empty, migrations, check } = definition;
  return createVersionedStore({ key, version, schema: check, empty, migrations, storage, now });
}
