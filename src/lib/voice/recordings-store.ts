/**
 * The recordings store: each question's takes under its id, read through the record's definition
 * (migrations, check, backups) and written without ever throwing. Storage is passed in, so tests use a
 * Map and the browser uses IndexedDB through idb-keyval (idb-backend.ts).
 */
import type { RecordDefinition } from '../storage/define-record.ts';
import { upgradeRecord, type LoadProblem, type SaveStatus } from '../storage/versioned-store.ts';
import { isQuotaError } from '../storage/key-value-storage.ts';
import { addTake, removeTake, withTranscript, type QuestionTakes, type Take, type TranscriptSource } from './takes.ts';

/** The few key-value calls the store needs (idb-keyval's get, set, del and keys have exactly these shapes). */
export interface AsyncKeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<IDBValidKey[]>;
}

/** A question's takes as read, with how storage stands. */
export interface TakesResult {
  value: QuestionTakes;
  status: SaveStatus;
  problem?: LoadProblem;
}

/** Where a question's unreadable record is copied before a fresh start. */
export const TAKES_BACKUP_PREFIX = 'backup:';

/** The store for one defined takes record over the given storage (null where IndexedDB is missing). */
export function openTakesStore(definition: RecordDefinition<QuestionTakes>, storage: AsyncKeyValue | null, now: () => Date = () => new Date()) {
  let status: SaveStatus = storage ? 'saved' : 'unavailable';
  /** Takes kept in memory when storage fails, so the reader can still play them until they leave. */
  const memory = new Map<string, QuestionTakes>();

  const fail = (error: unknown): SaveStatus => (status = isQuotaError(error) ? 'full' : 'unavailable');

  async function load(questionId: string): Promise<TakesResult> {
    if (!storage || status === 'unavailable') return { value: memory.get(questionId) ?? definition.empty(), status };
    let raw: unknown;
    try {
      raw = await storage.get(questionId);
    } catch (error) {
      fail(error);
      return { value: memory.get(questionId) ?? definition.empty(), status };
    }
    if (raw === undefined) return { value: memory.get(questionId) ?? definition.empty(), status };
    const result = upgradeRecord(raw, { version: definition.version, migrations: definition.migrations, schema: definition.check });
    if ('value' in result)
      return { value: result.value, status, ...((raw as { version?: unknown }).version !== definition.version ? { problem: 'migrated' as const } : {}) };
    // Never lose what we can't read: copy it aside, then start fresh (a newer version's record stays put).
    if (result.problem === 'newer-version') return { value: definition.empty(), status: (status = 'newer-version'), problem: result.problem };
    try {
      await storage.set(`${TAKES_BACKUP_PREFIX}${questionId}:${now().toISOString()}`, raw);
      await storage.del(questionId);
    } catch (error) {
      fail(error);
    }
    return { value: definition.empty(), status, problem: result.problem };
  }

  async function save(questionId: string, value: QuestionTakes): Promise<SaveStatus> {
    memory.set(questionId, value);
    if (!storage || status === 'unavailable' || status === 'newer-version') return status;
    try {
      if (value.takes.length === 0) await storage.del(questionId);
      else await storage.set(questionId, value);
      status = 'saved';
      memory.delete(questionId);
    } catch (error) {
      fail(error);
    }
    return status;
  }

  /** Reads, changes and writes one question's takes. */
  async function change(questionId: string, edit: (record: QuestionTakes) => QuestionTakes): Promise<TakesResult> {
    const current = await load(questionId);
    const next = edit(current.value);
    return { value: next, status: await save(questionId, next) };
  }

  return {
    definition,
    status: () => status,
    load,
    /** Adds a take, dropping the oldest past MAX_TAKES. */
    add: (questionId: string, take: Take) => change(questionId, (r) => addTake(r, take).record),
    /** Deletes one take. */
    remove: (questionId: string, takeId: string) => change(questionId, (r) => removeTake(r, takeId)),
    /** Replaces one take's transcript. */
    setTranscript: (questionId: string, takeId: string, transcript: string, source: TranscriptSource) =>
      change(questionId, (r) => withTranscript(r, takeId, transcript, source)),
    /** Deletes every take for one question. */
    clearQuestion: (questionId: string) => change(questionId, () => definition.empty()),
    /** Every question's takes (backups left out), for the summary and the export. */
    async loadAll(): Promise<Map<string, QuestionTakes>> {
      const all = new Map<string, QuestionTakes>(memory);
      if (!storage || status === 'unavailable') return all;
      let keys: IDBValidKey[] = [];
      try {
        keys = await storage.keys();
      } catch (error) {
        fail(error);
      }
      for (const key of keys) {
        if (typeof key !== 'string' || key.startsWith(TAKES_BACKUP_PREFIX)) continue;
        const { value } = await load(key);
        if (value.takes.length > 0) all.set(key, value);
      }
      return all;
    },
    /** Deletes every take for every question, and the backups of unreadable ones. */
    async clearAll(): Promise<SaveStatus> {
      memory.clear();
      if (!storage || status === 'unavailable') return status;
      try {
        for (const key of await storage.keys()) await storage.del(String(key));
        if (status !== 'newer-version') status = 'saved';
      } catch (error) {
        fail(error);
      }
      return status;
    },
  };
}

/** A recordings store. */
export type TakesStore = ReturnType<typeof openTakesStore>;
