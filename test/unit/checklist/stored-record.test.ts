import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChecklistRecordSchema } from '../../../src/schemas/records/checklist.ts';
import { checklistRecordCheck } from '../../../src/lib/checklist/stored-record.ts';
import { isObject } from '../../../src/lib/storage/checks.ts';

/** True when the zod contract and the browser's zod-free check give the same verdict. */
function agree(input: unknown): void {
  const zod = ChecklistRecordSchema.safeParse(input).success;
  expect(checklistRecordCheck.safeParse(input).success, JSON.stringify(input)).toBe(zod);
}

/** Date-time strings near the valid format: real ones, and ones with a part broken. */
const timeLike = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('', '.5', '.123', '.123456', '.'),
      fc.constantFrom('Z', '', '+01:00', 'z'),
    )
    .map(([y, mo, d, h, mi, s, frac, zone]) => {
      const pad = (n: number, width = 2) => String(n).padStart(width, '0');
      return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac}${zone}`;
    }),
  fc.constantFrom(
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2000-02-29T12:00:00.1Z',
    '2024-04-31T00:00:00Z',
    '2024-01-01T00:00Z',
    '2024-01-01 00:00:00Z',
  ),
  fc.string(),
);

const ids = fc.constantFrom('day-before', 'salary-range', 'water', 'x', '');
const nearRecord = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1', 1.5, null)),
    lists: fc.oneof(
      fc.dictionary(ids, fc.oneof(fc.dictionary(ids, fc.oneof(timeLike, fc.integer(), fc.constant(null))), fc.constant([]), fc.constant('x'))),
      fc.constant([]),
      fc.constant(null),
    ),
    extra: fc.string(),
  },
  { requiredKeys: [] },
);

describe('the zod-free record check', () => {
  it('accepts a real record and rejects the usual breakages', () => {
    expect(checklistRecordCheck.safeParse({ version: 1, lists: { a: { b: '2026-01-02T03:04:05.000Z' } } })).toEqual({
      success: true,
      data: { version: 1, lists: { a: { b: '2026-01-02T03:04:05.000Z' } } },
    });
    for (const bad of [
      null,
      [],
      'x',
      { version: 1 },
      { version: 2, lists: {} },
      { version: 1, lists: [] },
      { version: 1, lists: {}, more: 1 },
      { version: 1, lists: { a: { b: 'soon' } } },
    ]) {
      expect(checklistRecordCheck.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('agrees with ChecklistRecordSchema on date-times near the format (property)', () => {
    fc.assert(
      fc.property(timeLike, (time) => agree({ version: 1, lists: { l: { i: time } } })),
      { numRuns: 2000 },
    );
  });

  it('agrees with ChecklistRecordSchema on records near the format (property)', () => {
    fc.assert(fc.property(nearRecord, agree), { numRuns: 1000 });
  });

  it('agrees with ChecklistRecordSchema on any JSON (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => agree(value)));
  });
});

describe('isObject', () => {
  it('accepts plain objects only, as zod’s objects and records do', () => {
    expect(isObject({})).toBe(true);
    expect(isObject({ a: 1 })).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject('x')).toBe(false);
  });
});
