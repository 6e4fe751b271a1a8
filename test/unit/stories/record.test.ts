import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StoriesRecordSchema } from '../../../src/schemas/story-bank.ts';
import { storiesRecord, storiesRecordCheck } from '../../../src/lib/stories/record.ts';
import { blankStory, emptyStoriesRecord } from '../../../src/lib/stories/model.ts';
import { memoryStorage, openRecordStore } from '../../../src/lib/storage/index.ts';
import { storyArb } from './fixtures.ts';

const now = new Date('2026-12-03T15:00:00.000Z');

describe('stories record check', () => {
  it('accepts the empty record and a full one', () => {
    expect(storiesRecordCheck.safeParse(emptyStoriesRecord()).success).toBe(true);
    const record = {
      ...emptyStoriesRecord(),
      name: 'Sam Lee',
      stories: [{ ...blankStory('a1', now), purposes: ['fit'], roles: ['it'], skills: ['troubleshooting'] }],
      pinned: ['a1'],
    };
    expect(storiesRecordCheck.safeParse(record).success).toBe(true);
    expect(StoriesRecordSchema.safeParse(record).success).toBe(true);
  });

  it('agrees with the zod schema on generated records, valid and mangled (property)', () => {
    const recordArb = fc.record({
      version: fc.constantFrom(1, 2, '1' as unknown as number),
      name: fc.string({ maxLength: 90 }),
      stories: fc.array(storyArb, { maxLength: 4 }),
      pinned: fc.array(fc.stringMatching(/^[a-z0-9]{1,3}$/), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(storiesRecordCheck.safeParse(record).success).toBe(StoriesRecordSchema.safeParse(record).success);
      }),
    );
  });

  it('refuses unknown keys, __proto__ keys and wrong types', () => {
    const base = emptyStoriesRecord();
    expect(storiesRecordCheck.safeParse(JSON.parse('{"version":1,"name":"","stories":[],"pinned":[],"__proto__":{"x":1}}')).success).toBe(false);
    expect(storiesRecordCheck.safeParse({ ...base, name: 5 }).success).toBe(false);
    expect(storiesRecordCheck.safeParse({ ...base, stories: {} }).success).toBe(false);
    const story = JSON.parse(JSON.stringify(blankStory('a', now)).replace('{', '{"__proto__":{"polluted":true},'));
    expect(storiesRecordCheck.safeParse({ ...base, stories: [story] }).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is kept by the versioned store, and a corrupt record is backed up, not lost', () => {
    const storage = memoryStorage();
    const store = openRecordStore(storiesRecord, storage);
    const record = { ...emptyStoriesRecord(), name: 'Sam' };
    expect(store.save(record)).toBe('saved');
    expect(store.load().value).toEqual(record);
    storage.setItem(storiesRecord.key, '{"version":1,"name":7}');
    const loaded = store.load();
    expect(loaded.value).toEqual(emptyStoriesRecord());
    expect(loaded.backupKey).toBeTruthy();
    expect(storage.dump()[loaded.backupKey!]).toBe('{"version":1,"name":7}');
  });
});
