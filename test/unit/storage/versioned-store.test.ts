import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import fc from 'fast-check';
import { backupKeyPrefix, createVersionedStore, memoryStorage, storageNotice, type KeyValueStorage } from '../../../src/lib/storage/index.ts';
import { throwingStorage } from '../helpers/failing-storage.ts';

const NotesSchema = z.strictObject({ version: z.literal(2), notes: z.record(z.string(), z.string()) });
type Notes = z.output<typeof NotesSchema>;
const KEY = 'psg:test:v1';
const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

function store(storage: KeyValueStorage | null) {
  return createVersionedStore<Notes>({
    key: KEY,
    version: 2,
    schema: NotesSchema,
    empty: () => ({ version: 2, notes: {} }),
    // Version 1 kept a list of [id, text] pairs.
    migrations: { 1: (old) => ({ version: 2, notes: Object.fromEntries((old as { pairs: [string, string][] }).pairs) }) },
    storage,
    now: fixedNow,
  });
}

function backups(dump: Record<string, string>) {
  return Object.entries(dump).filter(([key]) => key.startsWith(backupKeyPrefix(KEY)));
}

describe('versioned store', () => {
  it('starts empty and round-trips a record', () => {
    const storage = memoryStorage();
    const first = store(storage);
    expect(first.load()).toEqual({ value: { version: 2, notes: {} }, status: 'saved' });
    expect(first.save({ version: 2, notes: { a: 'hello' } })).toBe('saved');
    expect(store(storage).load().value).toEqual({ version: 2, notes: { a: 'hello' } });
  });

  it('migrates an older version and keeps the original in a backup', () => {
    const old = JSON.stringify({ version: 1, pairs: [['q1', 'my note']] });
    const storage = memoryStorage({ [KEY]: old });
    const result = store(storage).load();
    expect(result.value).toEqual({ version: 2, notes: { q1: 'my note' } });
    expect(result.problem).toBe('migrated');
    expect(storage.dump()[result.backupKey!]).toBe(old);
  });

  it('copies corrupt JSON to a backup key before starting fresh', () => {
    const storage = memoryStorage({ [KEY]: '{"version":2,"notes":' });
    const s = store(storage);
    const result = s.load();
    expect(result).toMatchObject({ value: { version: 2, notes: {} }, status: 'saved', problem: 'corrupt' });
    expect(result.backupKey).toBe(`${KEY}:backup:2026-01-02T03:04:05.000Z`);
    expect(backups(storage.dump())).toEqual([[result.backupKey, '{"version":2,"notes":']]);
    // Saving afterwards is safe because the old value is kept aside.
    expect(s.save({ version: 2, notes: { b: 'x' } })).toBe('saved');
    expect(backups(storage.dump())).toHaveLength(1);
  });

  it.each([
    ['no version', '{"notes":{}}', 'unknown-version'],
    ['a version with no migration', '{"version":0,"notes":{}}', 'unknown-version'],
    ['an array', '[1,2]', 'corrupt'],
    ['a record that fails the schema', '{"version":2,"notes":{"a":5}}', 'invalid'],
  ])('backs up %s', (_label, raw, problem) => {
    const storage = memoryStorage({ [KEY]: raw });
    const result = store(storage).load();
    expect(result.problem).toBe(problem);
    expect(storage.dump()[result.backupKey!]).toBe(raw);
  });

  it('leaves a record from a newer version untouched, backs it up and works in memory', () => {
    const future = '{"version":9,"notes":{"keep":"me"}}';
    const storage = memoryStorage({ [KEY]: future });
    const s = store(storage);
    const result = s.load();
    expect(result).toMatchObject({ status: 'newer-version', problem: 'newer-version' });
    expect(storage.dump()[result.backupKey!]).toBe(future);
    expect(s.save({ version: 2, notes: { a: 'b' } })).toBe('newer-version');
    expect(storage.dump()[KEY]).toBe(future);
  });

  it('works in memory when storage throws on every call', () => {
    const s = store(throwingStorage);
    expect(s.load()).toEqual({ value: { version: 2, notes: {} }, status: 'unavailable' });
    expect(s.save({ version: 2, notes: { a: 'b' } })).toBe('unavailable');
  });

  it('works in memory when there is no storage at all', () => {
    const s = store(null);
    expect(s.load().status).toBe('unavailable');
    expect(s.save({ version: 2, notes: {} })).toBe('unavailable');
  });

  it('reports a full quota, and recovers once space frees up', () => {
    const storage = memoryStorage();
    let full = true;
    const quota: KeyValueStorage = {
      ...storage,
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(key, value);
      },
    };
    const s = store(quota);
    s.load();
    expect(s.save({ version: 2, notes: { a: 'b' } })).toBe('full');
    full = false;
    expect(s.save({ version: 2, notes: { a: 'b' } })).toBe('saved');
    expect(storage.getItem(KEY)).toBe('{"version":2,"notes":{"a":"b"}}');
  });

  it('does not overwrite a corrupt record it could not back up', () => {
    const storage = memoryStorage({ [KEY]: 'not json' });
    const noRoom: KeyValueStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const s = store(noRoom);
    const result = s.load();
    expect(result.status).toBe('full');
    expect(result.backupKey).toBeUndefined();
    s.save({ version: 2, notes: {} });
    expect(storage.getItem(KEY)).toBe('not json');
  });

  it('reads records written by another tab, and ignores garbage', () => {
    const s = store(memoryStorage());
    expect(s.fromExternal('{"version":2,"notes":{"x":"y"}}')).toEqual({ version: 2, notes: { x: 'y' } });
    expect(s.fromExternal('garbage')).toBeNull();
    expect(s.fromExternal(null)).toEqual({ version: 2, notes: {} });
  });

  it('never throws, whatever is stored (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const storage = memoryStorage({ [KEY]: raw });
        const result = store(storage).load();
        expect(NotesSchema.safeParse(result.value).success).toBe(true);
        // Whatever was stored is still somewhere: in place, or in a backup.
        const dump = storage.dump();
        const kept = dump[KEY] === raw || backups(dump).some(([, value]) => value === raw);
        expect(kept).toBe(true);
      }),
    );
  });
});

describe('storage notice', () => {
  it('says nothing when all is well', () => {
    expect(storageNotice('saved', undefined, 'your notes')).toBeNull();
    expect(storageNotice('saved', 'migrated', 'your notes')).toBeNull();
  });
  it.each(['unavailable', 'full', 'newer-version'] as const)('explains %s in the reader’s words', (status) => {
    expect(storageNotice(status, undefined, 'your notes')).toContain('your notes');
  });
  it('explains a fresh start after unreadable data', () => {
    expect(storageNotice('saved', 'corrupt', 'your notes')).toMatch(/started fresh/);
  });
});
