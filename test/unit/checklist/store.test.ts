import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isTicked, setTicked, toggleTicked } from '../../../src/lib/checklist/model.ts';
import { CHECKLIST_STORAGE_KEY, emptyChecklistRecord, type ChecklistRecord } from '../../../src/lib/checklist/stored-record.ts';
import { CHECKLIST_DATA_NAME, createChecklistStore } from '../../../src/lib/checklist/store.ts';
import { backupKeyPrefix, memoryStorage, storageNotice } from '../../../src/lib/storage/index.ts';
import { quotaStorage, throwingStorage } from '../helpers/failing-storage.ts';

const NOW = new Date('2026-04-02T08:15:00.000Z');
const clock = () => NOW;
const BACKUP_KEY = `${backupKeyPrefix(CHECKLIST_STORAGE_KEY)}${NOW.toISOString()}`;

/** Every backup kept for the checklist key. */
function backups(dump: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(dump).filter(([key]) => key.startsWith(backupKeyPrefix(CHECKLIST_STORAGE_KEY))));
}

describe('checklist store', () => {
  it('round-trips ticks through storage under psg:checklist:v1', () => {
    const storage = memoryStorage();
    const store = createChecklistStore(storage, clock);
    expect(store.load()).toEqual({ value: emptyChecklistRecord(), status: 'saved' });
    const record = setTicked(emptyChecklistRecord(), 'day-before', 'salary-range', true, NOW);
    expect(store.save(record)).toBe('saved');
    expect(JSON.parse(storage.getItem(CHECKLIST_STORAGE_KEY)!)).toEqual({ version: 1, lists: { 'day-before': { 'salary-range': NOW.toISOString() } } });
    expect(createChecklistStore(storage, clock).load()).toEqual({ value: record, status: 'saved' });
  });

  it('keeps ticks of lists and items that are not in the content any more', () => {
    const stored: ChecklistRecord = {
      version: 1,
      lists: { 'retired-list': { gone: '2025-01-01T00:00:00.000Z' }, 'day-before': { 'retired-item': '2025-01-02T00:00:00Z' } },
    };
    const storage = memoryStorage({ [CHECKLIST_STORAGE_KEY]: JSON.stringify(stored) });
    const store = createChecklistStore(storage, clock);
    const loaded = store.load();
    expect(loaded.value).toEqual(stored);
    store.save(setTicked(loaded.value, 'day-before', 'salary-range', true, NOW));
    const saved = JSON.parse(storage.getItem(CHECKLIST_STORAGE_KEY)!) as ChecklistRecord;
    expect(saved.lists['retired-list']).toEqual({ gone: '2025-01-01T00:00:00.000Z' });
    expect(saved.lists['day-before']).toEqual({ 'retired-item': '2025-01-02T00:00:00Z', 'salary-range': NOW.toISOString() });
  });

  it('keeps corrupt JSON in the backup key before starting fresh, and says so', () => {
    const corrupt = '{"version":1,"lists":{"day-before":';
    const storage = memoryStorage({ [CHECKLIST_STORAGE_KEY]: corrupt });
    const store = createChecklistStore(storage, clock);
    const loaded = store.load();
    expect(loaded).toEqual({ value: emptyChecklistRecord(), status: 'saved', problem: 'corrupt', backupKey: BACKUP_KEY });
    expect(backups(storage.dump())).toEqual({ [BACKUP_KEY]: corrupt });
    expect(storageNotice(loaded.status, loaded.problem, CHECKLIST_DATA_NAME)).toMatch(/couldn’t read your checklist ticks.*copy of the old data is kept/);
    // The fresh record may now replace the corrupt one: the backup is untouched.
    store.save(setTicked(loaded.value, 'during-the-call', 'take-notes', true, NOW));
    expect(backups(storage.dump())).toEqual({ [BACKUP_KEY]: corrupt });
  });

  // There is no older checklist format yet (version 1 is the first), so "older" means a version we can't read.
  it.each([
    ['a version-0 record', '{"version":0,"lists":{"day-before":{"water":"2025-01-01T00:00:00Z"}}}'],
    ['a record without a version', '{"lists":{"day-before":{"water":"2025-01-01T00:00:00Z"}}}'],
    ['a fractional version', '{"version":0.5,"lists":{}}'],
  ])('backs up %s (unknown version) and starts fresh', (_label, raw) => {
    const storage = memoryStorage({ [CHECKLIST_STORAGE_KEY]: raw });
    const loaded = createChecklistStore(storage, clock).load();
    expect(loaded).toMatchObject({ value: emptyChecklistRecord(), status: 'saved', problem: 'unknown-version', backupKey: BACKUP_KEY });
    expect(storage.dump()[BACKUP_KEY]).toBe(raw);
  });

  it('backs up a version-1 record that breaks the contract', () => {
    const raw = '{"version":1,"lists":{"day-before":{"water":"yesterday"}}}';
    const storage = memoryStorage({ [CHECKLIST_STORAGE_KEY]: raw });
    expect(createChecklistStore(storage, clock).load()).toMatchObject({ problem: 'invalid', backupKey: BACKUP_KEY });
    expect(storage.dump()[BACKUP_KEY]).toBe(raw);
  });

  it('leaves a record from a newer version of the site alone and works in memory', () => {
    const future = '{"version":2,"lists":{},"notes":"from the future"}';
    const storage = memoryStorage({ [CHECKLIST_STORAGE_KEY]: future });
    const store = createChecklistStore(storage, clock);
    expect(store.load()).toMatchObject({ status: 'newer-version', value: emptyChecklistRecord() });
    expect(store.save(setTicked(emptyChecklistRecord(), 'day-before', 'water', true, NOW))).toBe('newer-version');
    expect(storage.getItem(CHECKLIST_STORAGE_KEY)).toBe(future);
  });

  it('works in memory when storage throws SecurityError', () => {
    const store = createChecklistStore(throwingStorage, clock);
    const loaded = store.load();
    expect(loaded).toEqual({ value: emptyChecklistRecord(), status: 'unavailable' });
    expect(store.save(setTicked(loaded.value, 'day-before', 'water', true, NOW))).toBe('unavailable');
    expect(storageNotice('unavailable', undefined, CHECKLIST_DATA_NAME)).toMatch(/your checklist ticks will not be saved/);
  });

  it('reports a full quota on save, and saves again once there is room', () => {
    let full = true;
    const storage = quotaStorage({}, () => full);
    const store = createChecklistStore(storage, clock);
    const record = setTicked(store.load().value, 'day-before', 'water', true, NOW);
    expect(store.save(record)).toBe('full');
    expect(storage.getItem(CHECKLIST_STORAGE_KEY)).toBeNull();
    expect(storageNotice('full', undefined, CHECKLIST_DATA_NAME)).toMatch(/storage for this site is full/);
    full = false;
    expect(store.save(record)).toBe('saved');
    expect(createChecklistStore(storage, clock).load().value).toEqual(record);
  });

  it('does not overwrite corrupt data it could not back up because the quota is full', () => {
    const storage = quotaStorage({ [CHECKLIST_STORAGE_KEY]: 'not json' }, () => true);
    const store = createChecklistStore(storage, clock);
    expect(store.load()).toMatchObject({ status: 'full', problem: 'corrupt' });
    store.save(setTicked(emptyChecklistRecord(), 'day-before', 'water', true, NOW));
    expect(storage.getItem(CHECKLIST_STORAGE_KEY)).toBe('not json');
  });
});

const LISTS = ['once-you-apply', 'day-before', 'retired-list'] as const;
const ITEMS = ['voicemail-greeting', 'salary-range', 'water', 'retired-item'] as const;

/** One step a reader can take: set an item, flip it, or reload the page. */
type Step = { kind: 'set'; list: string; item: string; ticked: boolean } | { kind: 'toggle'; list: string; item: string } | { kind: 'reload' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), list: fc.constantFrom(...LISTS), item: fc.constantFrom(...ITEMS), ticked: fc.boolean() }),
  fc.record({ kind: fc.constant('toggle' as const), list: fc.constantFrom(...LISTS), item: fc.constantFrom(...ITEMS) }),
  fc.constant({ kind: 'reload' as const }),
);

/** What a reader sees: every (list, item) that is ticked. */
function tickedPairs(record: ChecklistRecord): string[] {
  return LISTS.flatMap((list) => ITEMS.filter((item) => isTicked(record, list, item)).map((item) => `${list}/${item}`));
}

describe('checklist store (properties)', () => {
  it('any sequence of toggles and reloads ends with exactly the ticks that were last set', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const storage = memoryStorage();
        let store = createChecklistStore(storage, clock);
        let record = store.load().value;
        const expected = new Map<string, boolean>();
        for (const s of steps) {
          if (s.kind === 'reload') {
            store = createChecklistStore(storage, clock);
            record = store.load().value;
            continue;
          }
          const key = `${s.list}/${s.item}`;
          const ticked = s.kind === 'set' ? s.ticked : !(expected.get(key) ?? false);
          record = s.kind === 'set' ? setTicked(record, s.list, s.item, s.ticked, NOW) : toggleTicked(record, s.list, s.item, NOW);
          expected.set(key, ticked);
          expect(store.save(record)).toBe('saved');
        }
        const reloaded = createChecklistStore(storage, clock).load();
        expect(reloaded.status).toBe('saved');
        expect(tickedPairs(reloaded.value)).toEqual(
          [...expected]
            .filter(([, on]) => on)
            .map(([key]) => key)
            .sort(byPair),
        );
      }),
    );
  });

  it('when writes fail at random, a reload shows exactly the last state that was saved, never a mix', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(step, fc.boolean()), { maxLength: 40 }), (steps) => {
        let full = false;
        const storage = quotaStorage({}, () => full);
        let store = createChecklistStore(storage, clock);
        let record = store.load().value;
        let lastSaved: ChecklistRecord = emptyChecklistRecord();
        for (const [s, failNext] of steps) {
          full = failNext;
          if (s.kind === 'reload') {
            store = createChecklistStore(storage, clock);
            record = store.load().value;
            expect(record).toEqual(lastSaved);
            continue;
          }
          record = s.kind === 'set' ? setTicked(record, s.list, s.item, s.ticked, NOW) : toggleTicked(record, s.list, s.item, NOW);
          const status = store.save(record);
          expect(status).toBe(failNext ? 'full' : 'saved');
          if (status === 'saved') lastSaved = record;
        }
        full = false;
        expect(createChecklistStore(storage, clock).load().value).toEqual(lastSaved);
      }),
    );
  });
});

/** Sorts "list/item" pairs in the order tickedPairs lists them. */
function byPair(a: string, b: string): number {
  const rank = (pair: string) => {
    const [list, item] = pair.split('/') as [string, string];
    return LISTS.indexOf(list as (typeof LISTS)[number]) * ITEMS.length + ITEMS.indexOf(item as (typeof ITEMS)[number]);
  };
  return rank(a) - rank(b);
}
