import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { createSharedRecord, createVersionedStore, memoryStorage, type KeyValueStorage, type SharedRecordState } from '../../../src/lib/storage/index.ts';
import { quotaStorage } from '../helpers/failing-storage.ts';

const CountsSchema = z.strictObject({ version: z.literal(1), counts: z.record(z.string(), z.number().int()) });
type Counts = z.output<typeof CountsSchema>;
const KEY = 'psg:counts:v1';

function sharedOver(storage: KeyValueStorage | null) {
  const store = createVersionedStore<Counts>({ key: KEY, version: 1, schema: CountsSchema, empty: () => ({ version: 1, counts: {} }), storage });
  return createSharedRecord(store);
}

const bump =
  (name: string) =>
  (previous: Counts): Counts => ({ ...previous, counts: { ...previous.counts, [name]: (previous.counts[name] ?? 0) + 1 } });

describe('shared record', () => {
  it('lets two views change different parts without overwriting each other', () => {
    const storage = memoryStorage();
    const record = sharedOver(storage);
    const seenByA: SharedRecordState<Counts>[] = [];
    const seenByB: SharedRecordState<Counts>[] = [];
    record.subscribe((s) => seenByA.push(s));
    record.subscribe((s) => seenByB.push(s));
    record.update(bump('a'));
    record.update(bump('b'));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ version: 1, counts: { a: 1, b: 1 } });
    expect(seenByA.at(-1)).toEqual({ value: { version: 1, counts: { a: 1, b: 1 } }, status: 'saved' });
    expect(seenByB).toEqual(seenByA);
  });

  it('loads, and backs up unreadable data, once however many views ask', () => {
    const storage = memoryStorage({ [KEY]: 'garbage' });
    let reads = 0;
    const counted: KeyValueStorage = { ...storage, getItem: (key) => (reads++, storage.getItem(key)) };
    const record = sharedOver(counted);
    const first = record.state();
    expect(record.state()).toBe(first);
    expect(first.problem).toBe('corrupt');
    expect(reads).toBe(1);
    expect(Object.keys(storage.dump()).filter((key) => key.startsWith(`${KEY}:backup:`))).toHaveLength(1);
  });

  it('keeps the load problem and tracks the save status', () => {
    let full = false;
    const record = sharedOver(quotaStorage({ [KEY]: '[]' }, () => full));
    expect(record.state()).toMatchObject({ status: 'saved', problem: 'corrupt' });
    full = true;
    record.update(bump('a'));
    expect(record.state()).toMatchObject({ status: 'full', problem: 'corrupt', value: { counts: { a: 1 } } });
  });

  it('takes in what another tab wrote, and ignores what it cannot read', () => {
    const record = sharedOver(memoryStorage());
    const seen: Counts[] = [];
    record.subscribe((s) => seen.push(s.value));
    record.receive('{"version":1,"counts":{"x":3}}');
    record.receive('not json');
    record.receive('{"version":1,"counts":{"x":"three"}}');
    expect(seen).toEqual([{ version: 1, counts: { x: 3 } }]);
    // A cleared storage (another tab cleared site data) empties the record.
    record.receive(null);
    expect(record.state().value).toEqual({ version: 1, counts: {} });
  });

  it('stops telling a view that unsubscribed', () => {
    const record = sharedOver(memoryStorage());
    let calls = 0;
    const unsubscribe = record.subscribe(() => calls++);
    record.update(bump('a'));
    unsubscribe();
    record.update(bump('a'));
    expect(calls).toBe(1);
    expect(record.state().value.counts.a).toBe(2);
  });

  it('works in memory without storage', () => {
    const record = sharedOver(null);
    record.update(bump('a'));
    expect(record.state()).toEqual({ value: { version: 1, counts: { a: 1 } }, status: 'unavailable' });
  });
});
