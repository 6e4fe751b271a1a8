import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SavedRangeRecordSchema } from '../../../src/schemas/records/saved-range.ts';
import { SAVED_RANGE_STORAGE_KEY, emptySavedRangeRecord, savedRangeRecordValidator } from '../../../src/lib/salary/saved-range-record.ts';
import { createVersionedStore, memoryStorage, backupKeyPrefix } from '../../../src/lib/storage/index.ts';
import { calculate } from '../../../src/lib/salary/calculate.ts';
import { toSavedRange } from '../../../src/lib/salary/script.ts';
import { validInput } from './fixtures.ts';

/** Ranges shaped the way the calculator writes them. */
const savedRange = fc.record(
  {
    unit: fc.constantFrom('year', 'hour'),
    low: fc.nat(),
    high: fc.nat(),
    walkAway: fc.nat(),
    occupationSoc: fc.string(),
    occupationTitle: fc.string(),
    period: fc.string(),
    savedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    level: fc.constantFrom('entry', 'mid', 'senior'),
    ownFigures: fc.boolean(),
  },
  { requiredKeys: ['unit', 'low', 'high', 'walkAway', 'occupationSoc', 'occupationTitle', 'period', 'savedAt'] },
);

/** Near-misses: good records with one thing wrong, and anything at all. */
const anyRecord = fc.oneof(
  fc.anything(),
  fc.record({ version: fc.oneof(fc.constant(1), fc.anything()), range: fc.oneof(fc.constant(null), savedRange, fc.anything()) }),
  fc
    .record({ version: fc.constant(1), range: savedRange })
    .chain((record) =>
      fc.oneof(
        fc.constant({ ...record, extra: true }),
        fc.constant({ ...record, range: { ...record.range, low: -1 } }),
        fc.constant({ ...record, range: { ...record.range, high: 1.5 } }),
        fc.constant({ ...record, range: { ...record.range, walkAway: Infinity } }),
        fc.constant({ ...record, range: { ...record.range, unit: 'week' } }),
        fc.constant({ ...record, range: { ...record.range, savedAt: 'yesterday' } }),
        fc.constant({ ...record, range: { ...record.range, savedAt: '2025-02-30T00:00:00.000Z' } }),
        fc.constant({ ...record, range: { ...record.range, level: 'guru' } }),
        fc.constant({ ...record, range: { ...record.range, colour: 'blue' } }),
        fc.constant({ version: 1 }),
      ),
    ),
);

describe('the zod-free saved-range validator', () => {
  it('accepts only what the zod contract accepts', () => {
    fc.assert(
      fc.property(anyRecord, (value) => {
        if (savedRangeRecordValidator.safeParse(value).success) expect(SavedRangeRecordSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every record the calculator writes, exactly as the contract reads it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), savedRange), (range) => {
        const record = { version: 1, range };
        const light = savedRangeRecordValidator.safeParse(record);
        const zod = SavedRangeRecordSchema.safeParse(record);
        expect(light.success).toBe(true);
        expect(zod.success).toBe(true);
        if (light.success && zod.success) expect(light.data).toEqual(zod.data);
      }),
    );
  });

  it('turns down the near-misses the contract turns down', () => {
    const good = {
      version: 1,
      range: {
        unit: 'year',
        low: 1,
        high: 2,
        walkAway: 1,
        occupationSoc: '15-1232',
        occupationTitle: 'x',
        period: 'May 2024',
        savedAt: '2026-01-02T03:04:05.000Z',
      },
    };
    expect(savedRangeRecordValidator.safeParse(good).success).toBe(true);
    for (const bad of [
      { ...good, version: 2 },
      { ...good, range: { ...good.range, low: -5 } },
      { ...good, range: { ...good.range, savedAt: '2026-13-02T03:04:05.000Z' } },
      { ...good, range: { ...good.range, unit: 'month' } },
      { version: 1 },
      [good],
      'null',
    ]) {
      expect(SavedRangeRecordSchema.safeParse(bad).success).toBe(false);
      expect(savedRangeRecordValidator.safeParse(bad).success).toBe(false);
    }
  });

  it('round-trips every range the calculator can save through the versioned store', () => {
    fc.assert(
      fc.property(validInput, (given) => {
        const storage = memoryStorage();
        const options = { key: SAVED_RANGE_STORAGE_KEY, version: 1, schema: savedRangeRecordValidator, empty: emptySavedRangeRecord, storage };
        const range = toSavedRange(calculate(given), given.occupation, 'May 2024', new Date('2026-05-01T12:00:00Z'), given.place);
        expect(range.areaName).toBe(given.place.areaName);
        expect(savedRangeRecordValidator.safeParse({ version: 1, range }).success).toBe(true);
        expect(SavedRangeRecordSchema.safeParse({ version: 1, range }).success).toBe(true);
        expect(createVersionedStore(options).save({ version: 1, range })).toBe('saved');
        expect(createVersionedStore(options).load()).toEqual({ value: { version: 1, range }, status: 'saved' });
      }),
      { numRuns: 50 },
    );
  });

  it('backs up a corrupt record before starting fresh', () => {
    const storage = memoryStorage({ [SAVED_RANGE_STORAGE_KEY]: '{"version":1,"range":{"low":"lots"}}' });
    const store = createVersionedStore({ key: SAVED_RANGE_STORAGE_KEY, version: 1, schema: savedRangeRecordValidator, empty: emptySavedRangeRecord, storage });
    const loaded = store.load();
    expect(loaded.value).toEqual(emptySavedRangeRecord());
    expect(loaded.problem).toBe('invalid');
    const backups = Object.entries(storage.dump()).filter(([key]) => key.startsWith(backupKeyPrefix(SAVED_RANGE_STORAGE_KEY)));
    expect(backups.map(([, value]) => value)).toEqual(['{"version":1,"range":{"low":"lots"}}']);
  });
});
