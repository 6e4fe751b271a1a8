// Types shared by the record definition and the store, in a leaf module (no imports) so neither imports the other.

/**
 * Where saved data stands:
 * - `saved`: written to the browser's storage;
 * - `unavailable`: storage is off or throws, so the data lives in memory for this tab only;
 * - `full`: the storage quota is used up, so the latest changes live in memory only;
 * - `newer-version`: a newer version of the site saved this record; it is kept untouched and we work in memory.
 */
export type SaveStatus = 'saved' | 'unavailable' | 'full' | 'newer-version';

/** Why a stored record could not be used as it was (it is always copied to a backup key first). */
export type LoadProblem = 'corrupt' | 'unknown-version' | 'invalid' | 'newer-version' | 'migrated';

/** What loading found. */
export interface LoadResult<T> {
  value: T;
  status: SaveStatus;
  problem?: LoadProblem;
  /** Where the record we could not use as it was has been copied to. */
  backupKey?: string;
}

/**
 * What checks a record of the current version: a zod schema fits, and so does a hand-written check with the
 * same `safeParse` shape (islands use one, because zod alone is larger than an island's whole JS budget).
 */
export interface RecordCheck<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}
