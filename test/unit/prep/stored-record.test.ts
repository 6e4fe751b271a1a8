import { describe, expect, it } from 'vitest';
import { backupKeyPrefix, memoryStorage, openRecordStore, type KeyValueStorage } from '../../../src/lib/storage/index.ts';
import { PREP_STORAGE_KEY, emptyPrepRecord, prepRecord, prepRecordCheck, type PrepRecord } from '../../../src/lib/prep/stored-record.ts';
import { isBlank } from '../../../src/lib/prep/sheet-fields.ts';
import { PrepRecordSchema } from '../../../src/schemas/records/prep.ts';
import fc from 'fast-check';
import { quotaStorage, throwingStorage } from '../helpers/failing-storage.ts';
import { checklistProgress } from '../../../src/lib/prep/checklist-progress.ts';
import { askIdeas, quotedListQuestions } from '../../../src/lib/prep/ask-ideas.ts';
import { rangeSource, rangeText, walkAwayText } from '../../../src/lib/prep/salary-text.ts';
import { savedRangeWords } from '../../../src/lib/prep/saved-range-words.ts';

const T = new Date('2026-05-10T00:00:00.000Z');
const store = (storage: KeyValueStorage | null) => openRecordStore(prepRecord, storage, () => T);
const filled: PrepRecord = {
  ...emptyPrepRecord(),
  company: 'Acme',
  date: '2026-02-30',
  phone: 'not a number',
  matches: ['Ran the help desk queue', '', 'Built a home lab'],
  questions: ['What does a typical week look like?'],
};

describe('prep store (same fault cases as the checklist)', () => {
  it('round-trips a sheet, invalid entries included, exactly as typed', () => {
    const storage = memoryStorage();
    expect(store(storage).save(filled)).toBe('saved');
    expect(store(storage).load()).toEqual({ value: filled, status: 'saved' });
  });

  it('the empty sheet is a valid record', () => {
    expect(PrepRecordSchema.parse(emptyPrepRecord())).toEqual(emptyPrepRecord());
  });

  it('backs up corrupt JSON, an unknown version and an invalid record before starting fresh', () => {
    for (const [raw, problem] of [
      ['{"version":1,', 'corrupt'],
      ['{"company":"x"}', 'unknown-version'],
      [JSON.stringify({ ...filled, callerType: 'boss' }), 'invalid'],
    ] as const) {
      const storage = memoryStorage({ [PREP_STORAGE_KEY]: raw });
      const result = store(storage).load();
      expect(result.problem).toBe(problem);
      expect(result.value).toEqual(emptyPrepRecord());
      expect(storage.dump()[`${backupKeyPrefix(PREP_STORAGE_KEY)}${T.toISOString()}`]).toBe(raw);
    }
  });

  it('works in memory when storage throws, and reports a full quota', () => {
    expect(store(throwingStorage).load().status).toBe('unavailable');
    const s = store(quotaStorage({}, () => true));
    s.load();
    expect(s.save(filled)).toBe('full');
  });

  it('leaves a newer version untouched', () => {
    const future = JSON.stringify({ version: 3, company: 'Later' });
    const storage = memoryStorage({ [PREP_STORAGE_KEY]: future });
    const s = store(storage);
    expect(s.load().status).toBe('newer-version');
    s.save(filled);
    expect(storage.getItem(PREP_STORAGE_KEY)).toBe(future);
  });
});

describe('the zod-free prep record check', () => {
  /** True when the written contract and the browser's check give the same verdict. */
  const agree = (input: unknown): void => {
    expect(prepRecordCheck.safeParse(input).success, JSON.stringify(input)).toBe(PrepRecordSchema.safeParse(input).success);
  };

  it('accepts real sheets and rejects the usual breakages, as the schema does', () => {
    expect(prepRecordCheck.safeParse(filled)).toEqual({ success: true, data: filled });
    for (const bad of [
      null,
      [],
      { ...filled, version: 2 },
      { ...filled, extra: 1 },
      { ...filled, company: 5 },
      { ...filled, callerType: 'boss' },
      { ...filled, matches: ['a', 'b'] },
      { ...filled, questions: 'x' },
      { ...filled, eventUid: 7 },
      { ...filled, pitch: 'x'.repeat(5001) },
    ]) {
      expect(prepRecordCheck.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
      agree(bad);
    }
  });

  it('agrees with PrepRecordSchema on records near the format (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(5001)), fc.integer(), fc.constant(null));
    const near = fc.record(
      {
        version: fc.constantFrom(1, 2, '1'),
        company: text,
        role: text,
        callerName: text,
        callerTitle: text,
        callerType: fc.constantFrom('', 'recruiter', 'hr', 'hiring-manager', 'executive', 'boss', null),
        date: text,
        time: text,
        timeZone: text,
        phone: text,
        pitch: text,
        matches: fc.oneof(fc.array(text, { minLength: 3, maxLength: 3 }), fc.array(fc.string(), { maxLength: 4 })),
        salary: text,
        walkAway: text,
        questions: fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 52 }), fc.array(text, { maxLength: 3 })),
        eventUid: fc.oneof(fc.constant(null), fc.string({ maxLength: 5 }), fc.constant('u'.repeat(201)), fc.integer()),
        extra: fc.string(),
      },
      {
        requiredKeys: [
          'version',
          'company',
          'role',
          'callerName',
          'callerTitle',
          'callerType',
          'date',
          'time',
          'timeZone',
          'phone',
          'pitch',
          'matches',
          'salary',
          'walkAway',
          'questions',
        ],
      },
    );
    fc.assert(fc.property(near, agree), { numRuns: 1500 });
  });
});

describe('checklist progress on the sheet', () => {
  const outlines = [
    { id: 'day-before', title: 'The day before', itemIds: ['a', 'b', 'c'] },
    { id: 'after-the-call', title: 'After', itemIds: ['x', 'y'] },
  ];

  it('counts ticks for items still in the content', () => {
    const record = {
      version: 1 as const,
      lists: { 'day-before': { a: '2026-05-01T00:00:00.000Z', gone: '2026-05-01T00:00:00.000Z' }, other: { q: '2026-05-01T00:00:00.000Z' } },
    };
    expect(checklistProgress(outlines, record)).toEqual({
      done: 1,
      total: 5,
      lists: [
        { id: 'day-before', title: 'The day before', done: 1, total: 3 },
        { id: 'after-the-call', title: 'After', done: 0, total: 2 },
      ],
    });
  });

  it('is zero of all with no record', () => {
    expect(checklistProgress(outlines, null)).toMatchObject({ done: 0, total: 5 });
  });
});

describe('questions to ask, from the bank', () => {
  it('takes the questions asked in strong answers to the "your questions" beat, without repeats', () => {
    const entries = [
      {
        screenSlot: 'your-questions',
        body: '<StrongAnswer why="x">"Yes. What does a typical week look like? And what are the next steps after this call?"</StrongAnswer>',
      },
      { screenSlot: 'your-questions', body: '<StrongAnswer>"What does a typical week look like?"</StrongAnswer>' },
      { screenSlot: 'salary', body: '<StrongAnswer>"What range do you have budgeted for the role?"</StrongAnswer>' },
      { body: '<StrongAnswer>"Why would anyone ask this here?"</StrongAnswer>' },
    ];
    expect(askIdeas(entries)).toEqual(['What does a typical week look like?', 'What are the next steps after this call?']);
  });

  it('prefers questions listed in the bank and the guide, and leaves out ones with blanks', () => {
    const guide = [
      'Ask one of these:',
      '',
      '- "What are the next steps after this call?"',
      '- “How big is the team, and who would I report to?”',
      '- **IT:** "Mostly cloud, or your own servers?"',
      '- "How does [support / IT] help get there?"',
      '- "Not a question."',
      '- Plain text, what about this?',
      '1. "Numbered lists count too?"',
    ].join('\n');
    expect(quotedListQuestions(guide)).toEqual([
      'What are the next steps after this call?',
      'How big is the team, and who would I report to?',
      'Mostly cloud, or your own servers?',
      'Numbered lists count too?',
    ]);
    const entries = [
      { screenSlot: 'your-questions', body: '- "What are the next steps after this call?"\n<StrongAnswer>"So, how is that going?"</StrongAnswer>' },
    ];
    expect(askIdeas(entries, [guide])).toEqual([
      'What are the next steps after this call?',
      'How big is the team, and who would I report to?',
      'Mostly cloud, or your own servers?',
      'Numbered lists count too?',
    ]);
    expect(askIdeas([], [])).toEqual([]);
  });
});

describe('salary range as words', () => {
  it('formats yearly dollars and hourly cents', () => {
    expect(rangeText({ unit: 'year', low: 52000, high: 58000 })).toBe('$52,000 to $58,000 a year');
    expect(rangeText({ unit: 'hour', low: 2550, high: 2800 })).toBe('$25.50 to $28.00 an hour');
    expect(walkAwayText({ unit: 'year', walkAway: 48000 })).toBe('$48,000 a year');
    expect(rangeSource({ occupationTitle: 'Computer User Support Specialists', period: 'May 2024' })).toBe(
      'Computer User Support Specialists, May 2024 wage data',
    );
    // The prep sheet shows the state the range was worked out for.
    expect(rangeSource({ occupationTitle: 'Computer User Support Specialists', period: 'May 2024', areaName: 'Mississippi' })).toBe(
      'Computer User Support Specialists in Mississippi, May 2024 wage data',
    );
  });

  it('reads the calculator’s stored record into words, and nothing from a bad or empty one', () => {
    const range = {
      unit: 'year',
      low: 52000,
      high: 58000,
      walkAway: 48000,
      occupationSoc: '15-1232',
      occupationTitle: 'Computer User Support Specialists',
      period: 'May 2024',
      savedAt: '2026-05-09T12:00:00.000Z',
    };
    expect(savedRangeWords(JSON.stringify({ version: 1, range }))).toEqual({
      text: '$52,000 to $58,000 a year',
      walkAway: '$48,000 a year',
      source: 'Computer User Support Specialists, May 2024 wage data',
    });
    expect(savedRangeWords(JSON.stringify({ version: 1, range: { ...range, areaCode: 'MS', areaName: 'Mississippi' } }))?.source).toBe(
      'Computer User Support Specialists in Mississippi, May 2024 wage data',
    );
    expect(savedRangeWords(JSON.stringify({ version: 1, range: { ...range, areaCode: 'Mississippi' } }))).toBeNull();
    expect(savedRangeWords(JSON.stringify({ version: 1, range: null }))).toBeNull();
    expect(savedRangeWords(JSON.stringify({ version: 1, range: { ...range, low: 'lots' } }))).toBeNull();
    expect(savedRangeWords('{not json')).toBeNull();
    expect(savedRangeWords(null)).toBeNull();
  });
});

describe('isBlank', () => {
  it('is true only when nothing but white space was typed', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \n\t ')).toBe(true);
    expect(isBlank(' Acme ')).toBe(false);
  });
});
