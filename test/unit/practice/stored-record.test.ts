import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupKeyPrefix, memoryStorage, openRecordStore, type KeyValueStorage } from '../../../src/lib/storage/index.ts';
import {
  PRACTICE_STORAGE_KEY,
  emptyPracticeRecord,
  practiceRecord,
  practiceRecordCheck,
  type PracticeRecord,
} from '../../../src/lib/practice/stored-record.ts';
import { countSaved, hasContent, mergeRecords, updateAnswer, withPreferences } from '../../../src/lib/practice/answers.ts';
import { PracticeRecordSchema } from '../../../src/schemas/records/practice.ts';
import { parsePracticeImport } from '../../../src/lib/practice/import.ts';
import { quotaStorage, throwingStorage } from '../helpers/failing-storage.ts';
import { exportFileName, practiceToJson, practiceToMarkdown } from '../../../src/lib/practice/export.ts';

const T1 = new Date('2026-03-01T10:00:00.000Z');
const T2 = new Date('2026-03-02T10:00:00.000Z');

function store(storage: KeyValueStorage | null) {
  return openRecordStore(practiceRecord, storage, () => T1);
}

function sampleRecord(): PracticeRecord {
  let r = emptyPracticeRecord();
  r = updateAnswer(r, 'salary/what-salary-are-you-looking-for', { notes: '- range $52k–$58k\n- ask their budget', rating: 'okay', seconds: 41 }, T1);
  r = updateAnswer(r, 'communication/tell-me-about-yourself', { notes: '# present, past, future', rating: 'needs-work' }, T1);
  r = updateAnswer(r, 'gone/removed-question', { notes: 'Kept even though the question left the bank', rating: null }, T1);
  return withPreferences(r, 'support', true);
}

describe('practice record', () => {
  it('changes one question and leaves the rest alone', () => {
    const r = sampleRecord();
    const next = updateAnswer(r, 'salary/what-salary-are-you-looking-for', { rating: 'strong' }, T2);
    expect(next.answers['salary/what-salary-are-you-looking-for']).toEqual({
      notes: '- range $52k–$58k\n- ask their budget',
      rating: 'strong',
      seconds: 41,
      updatedAt: T2.toISOString(),
    });
    expect(next.answers['communication/tell-me-about-yourself']).toBe(r.answers['communication/tell-me-about-yourself']);
    expect(r.answers['salary/what-salary-are-you-looking-for']!.rating).toBe('okay');
    expect(PracticeRecordSchema.parse(next)).toEqual(next);
  });

  it('counts only answers with something in them', () => {
    let r = sampleRecord();
    expect(countSaved(r)).toBe(3);
    r = updateAnswer(r, 'fit/blank', { notes: '   ' }, T1);
    expect(countSaved(r)).toBe(3);
  });

  it('merges an import question by question: newer wins, nothing only one side has is lost', () => {
    const mine = updateAnswer(sampleRecord(), 'fit/mine-only', { notes: 'only here' }, T1);
    let theirs = updateAnswer(emptyPracticeRecord(), 'salary/what-salary-are-you-looking-for', { notes: 'newer', rating: 'strong' }, T2);
    theirs = updateAnswer(theirs, 'communication/tell-me-about-yourself', { notes: 'older' }, new Date('2026-01-01T00:00:00.000Z'));
    theirs = updateAnswer(theirs, 'details/theirs-only', { notes: 'only there' }, T1);
    const { record, changed } = mergeRecords(mine, theirs);
    expect(changed).toBe(2);
    expect(record.answers['salary/what-salary-are-you-looking-for']!.notes).toBe('newer');
    expect(record.answers['communication/tell-me-about-yourself']!.notes).toBe('# present, past, future');
    expect(record.answers['fit/mine-only']!.notes).toBe('only here');
    expect(record.answers['details/theirs-only']!.notes).toBe('only there');
    expect(record.preferences).toEqual(mine.preferences);
  });
});

describe('the zod-free practice record check', () => {
  /** True when the written contract and the browser's check give the same verdict. */
  const agree = (input: unknown): void => {
    expect(practiceRecordCheck.safeParse(input).success, JSON.stringify(input)).toBe(PracticeRecordSchema.safeParse(input).success);
  };

  it('accepts a real record and rejects the usual breakages, as the schema does', () => {
    expect(practiceRecordCheck.safeParse(sampleRecord())).toEqual({ success: true, data: sampleRecord() });
    const answer = sampleRecord().answers['salary/what-salary-are-you-looking-for']!;
    for (const bad of [
      null,
      { version: 1 },
      { version: 2, answers: {} },
      { version: 1, answers: {}, more: 1 },
      { version: 1, answers: { 'a b': answer } },
      { version: 1, answers: { q: { ...answer, rating: 'great' } } },
      { version: 1, answers: { q: { ...answer, seconds: 1.5 } } },
      { version: 1, answers: { q: { ...answer, updatedAt: 'yesterday' } } },
      { version: 1, answers: { q: { ...answer, extra: true } } },
      { version: 1, answers: {}, preferences: { track: 'chef', speak: true } },
      { version: 1, answers: {}, preferences: { track: 'it' } },
    ]) {
      expect(practiceRecordCheck.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      agree(bad);
    }
  });

  it('refuses a __proto__ key, which zod would drop without a word', () => {
    const raw = JSON.parse('{"version":1,"answers":{"__proto__":{"notes":"","rating":null,"seconds":null,"updatedAt":"2026-01-01T00:00:00.000Z"}}}');
    expect(practiceRecordCheck.safeParse(raw).success).toBe(false);
  });

  it('agrees with PracticeRecordSchema on records near the format (property)', () => {
    const answer = fc.record(
      {
        notes: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('n'.repeat(20_001)), fc.integer()),
        rating: fc.constantFrom('needs-work', 'okay', 'strong', null, 'great', undefined),
        seconds: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 90_000 }), fc.double(), fc.constant('5')),
        updatedAt: fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string({ maxLength: 8 }),
        ),
        extra: fc.string(),
      },
      { requiredKeys: ['notes', 'rating', 'seconds', 'updatedAt'] },
    );
    const id = fc.oneof(fc.constantFrom('salary/what-salary', 'x', 'a b', '_hidden', '-dash', 'q/'.repeat(101)), fc.string({ maxLength: 6 }));
    const near = fc.record(
      {
        version: fc.constantFrom(1, 2),
        answers: fc.oneof(fc.dictionary(id, answer, { maxKeys: 3 }), fc.constant([])),
        preferences: fc.oneof(fc.record({ track: fc.constantFrom('it', 'any', 'chef'), speak: fc.oneof(fc.boolean(), fc.constant('yes')) }), fc.constant(null)),
        extra: fc.string(),
      },
      { requiredKeys: ['version', 'answers'] },
    );
    fc.assert(fc.property(near, agree), { numRuns: 1500 });
  });
});

describe('practice store (same fault cases as the checklist)', () => {
  it('round-trips a record', () => {
    const storage = memoryStorage();
    expect(store(storage).save(sampleRecord())).toBe('saved');
    expect(store(storage).load()).toEqual({ value: sampleRecord(), status: 'saved' });
  });

  it('backs up corrupt JSON before starting fresh', () => {
    const storage = memoryStorage({ [PRACTICE_STORAGE_KEY]: '{"version":1,"answers":{' });
    const result = store(storage).load();
    expect(result).toMatchObject({ value: emptyPracticeRecord(), status: 'saved', problem: 'corrupt' });
    expect(storage.dump()[`${backupKeyPrefix(PRACTICE_STORAGE_KEY)}${T1.toISOString()}`]).toBe('{"version":1,"answers":{');
  });

  it('backs up an unknown version and a record that fails the schema', () => {
    for (const [raw, problem] of [
      ['{"answers":{}}', 'unknown-version'],
      ['{"version":1,"answers":{"q":{"notes":5}}}', 'invalid'],
    ] as const) {
      const storage = memoryStorage({ [PRACTICE_STORAGE_KEY]: raw });
      const result = store(storage).load();
      expect(result.problem).toBe(problem);
      expect(storage.dump()[result.backupKey!]).toBe(raw);
    }
  });

  it('leaves a newer version untouched and works in memory', () => {
    const future = '{"version":2,"answers":{},"cloud":true}';
    const storage = memoryStorage({ [PRACTICE_STORAGE_KEY]: future });
    const s = store(storage);
    expect(s.load().status).toBe('newer-version');
    expect(s.save(sampleRecord())).toBe('newer-version');
    expect(storage.getItem(PRACTICE_STORAGE_KEY)).toBe(future);
  });

  it('works in memory when storage throws', () => {
    const s = store(throwingStorage);
    expect(s.load()).toEqual({ value: emptyPracticeRecord(), status: 'unavailable' });
    expect(s.save(sampleRecord())).toBe('unavailable');
  });

  it('reports a full quota', () => {
    const full = quotaStorage({}, () => true);
    const s = store(full);
    s.load();
    expect(s.save(sampleRecord())).toBe('full');
    expect(full.getItem(PRACTICE_STORAGE_KEY)).toBeNull();
  });
});

describe('export and import', () => {
  it('round-trips through JSON exactly', () => {
    const record = sampleRecord();
    const result = parsePracticeImport(practiceToJson(record));
    expect(result).toEqual({ ok: true, record });
  });

  it('round-trips any valid record (property)', () => {
    const answer = fc.record({
      notes: fc.string({ maxLength: 200 }),
      rating: fc.constantFrom('needs-work', 'okay', 'strong', null),
      seconds: fc.option(fc.integer({ min: 0, max: 3600 }), { nil: null }),
      updatedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z0-9][a-z0-9/-]{0,40}$/), answer), (answers) => {
        const record = { version: 1 as const, answers };
        const result = parsePracticeImport(practiceToJson(record as PracticeRecord));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.record).toEqual(record);
      }),
    );
  });

  it.each([
    ['an empty file', '', /empty/],
    ['text that is not JSON', 'hello', /isn’t valid JSON/],
    ['JSON of another shape', '{"checklist":[]}', /isn’t a practice export/],
    [
      'a record with a bad rating',
      '{"version":1,"answers":{"q":{"notes":"","rating":"great","seconds":null,"updatedAt":"2026-01-01T00:00:00.000Z"}}}',
      /at answers → q → rating/,
    ],
    ['a newer export', '{"version":5,"answers":{}}', /newer version/],
    ['null', 'null', /isn’t a practice export/],
    [
      'a key that is not a question id',
      '{"version":1,"answers":{"__proto__":{"notes":"","rating":null,"seconds":null,"updatedAt":"2026-01-01T00:00:00.000Z"}}}',
      /isn’t a practice export/,
    ],
  ])('rejects %s with a clear message that says nothing changed', (_label, text, message) => {
    const result = parsePracticeImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Nothing was changed/);
    }
  });

  it('rejects a file far too large to be an export', () => {
    expect(parsePracticeImport(' '.repeat(2_000_001)).ok).toBe(false);
  });

  it('writes Markdown grouped by purpose, with ratings, times and notes', () => {
    const md = practiceToMarkdown(
      sampleRecord(),
      [
        { id: 'salary/what-salary-are-you-looking-for', prompt: 'What salary are you looking for?', purpose: 'salary' },
        { id: 'communication/tell-me-about-yourself', prompt: 'Tell me about yourself.', purpose: 'communication' },
      ],
      T2,
    );
    expect(md).toContain('# My phone screen practice');
    expect(md).toContain('Exported 2026-03-02');
    expect(md.indexOf('## Communication')).toBeLessThan(md.indexOf('## Salary'));
    expect(md).toContain('### What salary are you looking for?\n\n- Rating: Okay\n- Last answer: 41 seconds\n\n- range $52k–$58k\n- ask their budget');
    // A note that starts with # stays the reader's text, not a heading.
    expect(md).toContain('\\# present, past, future');
    expect(md).toContain('## Questions no longer in the bank\n\n### gone/removed-question');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says so when there is nothing to export', () => {
    expect(practiceToMarkdown(emptyPracticeRecord(), [], T1)).toContain('No notes or ratings yet.');
  });

  it('names files with the date', () => {
    expect(exportFileName('md', T2)).toBe('phone-screen-practice-2026-03-02.md');
    expect(exportFileName('json', T2)).toBe('phone-screen-practice-2026-03-02.json');
  });
});

describe('hasContent', () => {
  it('is true once an answer has notes, a rating or a time, and false for a blank one', () => {
    const blank = { notes: '  ', rating: null, seconds: null, updatedAt: '2026-05-09T12:00:00.000Z' };
    expect(hasContent(undefined)).toBe(false);
    expect(hasContent(blank)).toBe(false);
    expect(hasContent({ ...blank, notes: 'Lead with the outage story' })).toBe(true);
    expect(hasContent({ ...blank, rating: 'okay' })).toBe(true);
    expect(hasContent({ ...blank, seconds: 0 })).toBe(true);
  });
});
