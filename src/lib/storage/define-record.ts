// Type-only imports: a definition must not pull the store code into an island's first render.
import type { RecordCheck } from './types.ts';

/**
 * Everything about one kind of record the site saves in the browser, in one place. Every island and
 * helper that reads or writes the record uses its definition, so a new version's migration can never be
 * missed by a reader elsewhere (the prep sheet reading the checklist's ticks, say).
 */
export interface RecordDefinition<T extends { version: number }> {
  /** Storage key; it names the format family, e.g. `psg:checklist:v1`. */
  readonly key: string;
  /** The record version this code writes. */
  readonly version: T['version'];
  /** A fresh, empty record of the current version. */
  readonly empty: () => T;
  /** Steps that turn a record of version n (the key) into version n + 1. */
  readonly migrations: Readonly<Record<number, (record: unknown) => unknown>>;
  /** The zod-free check of a current-version record (zod alone is larger than an island's JS budget). */
  readonly check: RecordCheck<T>;
  /** The data in the reader's words, for storage notices: "your checklist ticks". */
  readonly what: string;
}

/** Declares a stored record; `migrations` defaults to none (version 1 is the first format). */
export function defineRecord<T extends { version: number }>(
  definition: Omit<RecordDefinition<T>, 'migrations'> & { migrations?: RecordDefinition<T>['migrations'] },
): RecordDefinition<T> {
  return Object.freeze({ migrations: {}, ...definition });
}
