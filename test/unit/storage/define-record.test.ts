import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineRecord, memoryStorage, openRecordStore, type RecordCheck } from '../../../src/lib/storage/index.ts';

type V2 = { version: 2; items: string[] };
const isV2: RecordCheck<V2> = {
  safeParse: (input) =>
    typeof input === 'object' && input !== null && (input as V2).version === 2 && Array.isArray((input as V2).items)
      ? { success: true, data: input as V2 }
      : { success: false },
};

describe('defineRecord', () => {
  it('gives a record no migrations by default and cannot be changed afterwards', () => {
    const record = defineRecord<V2>({ key: 'psg:test:v1', version: 2, empty: () => ({ version: 2, items: [] }), check: isV2, what: 'your test data' });
    expect(record.migrations).toEqual({});
    expect(Object.isFrozen(record)).toBe(true);
    expect(record.what).toBe('your test data');
  });
});

describe('openRecordStore', () => {
  it('runs the definition’s migrations, so every reader sees an old record as data, not as unreadable', () => {
    const record = defineRecord<V2>({
      key: 'psg:test:v1',
      version: 2,
      empty: () => ({ version: 2, items: [] }),
      check: isV2,
      what: 'your test data',
      migrations: { 1: (old) => ({ version: 2, items: [(old as { item: string }).item] }) },
    });
    const storage = memoryStorage({ 'psg:test:v1': JSON.stringify({ version: 1, item: 'kept' }) });
    const loaded = openRecordStore(record, storage, () => new Date('2026-11-29T10:00:00.000Z')).load();
    expect(loaded.value).toEqual({ version: 2, items: ['kept'] });
    expect(loaded.problem).toBe('migrated');
    // A reader that only looks (the prep sheet reading the checklist) migrates as well.
    expect(openRecordStore(record, null).fromExternal(JSON.stringify({ version: 1, item: 'also' }))).toEqual({ version: 2, items: ['also'] });
  });
});

/** Every source file under src/, as [path, text]. */
function sourceFiles(dir = 'src'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|astro)$/.test(entry.name) ? [[file, readFileSync(file, 'utf8')] as [string, string]] : [];
  });
}

describe('one stored record, one definition', () => {
  const files = sourceFiles();

  it('builds stores only from record definitions (no island or helper assembles one by hand)', () => {
    const byHand = files
      .filter(([file, text]) => !file.startsWith(path.join('src', 'lib', 'storage')) && /createVersionedStore\s*\(/.test(text))
      .map(([file]) => file);
    expect(byHand).toEqual([]);
  });

  it('names each storage key in exactly one place', () => {
    const places = new Map<string, string[]>();
    for (const [file, text] of files) for (const [key] of text.matchAll(/'psg:[a-z-]+:v\d+'/g)) places.set(key, [...(places.get(key) ?? []), file]);
    expect(places.size).toBeGreaterThanOrEqual(4);
    for (const [key, where] of places) expect(where, key).toHaveLength(1);
  });
});

describe('upgradeRecord', () => {
  it('migrates step by step, then checks; says why when it cannot', async () => {
    const { upgradeRecord } = await import('../../../src/lib/storage/versioned-store.ts');
    const options = { version: 2, migrations: { 1: (old: unknown) => ({ version: 2, items: [(old as { item: string }).item] }) }, schema: isV2 };
    expect(upgradeRecord({ version: 1, item: 'a' }, options)).toEqual({ value: { version: 2, items: ['a'] } });
    expect(upgradeRecord('text', options)).toEqual({ problem: 'corrupt' });
    expect(upgradeRecord({ version: 3 }, options)).toEqual({ problem: 'newer-version' });
    expect(upgradeRecord({ version: 2, items: 'no' }, options)).toEqual({ problem: 'invalid' });
  });
});
