import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PURPOSE_IDS, ROLE_IDS } from '../../../src/lib/purposes.ts';
import { SCREEN_ORDER, drillSizes, selectQuestions } from '../../../src/lib/practice/select.ts';
import { BANK, question } from '../../fixtures/practice-questions.ts';

const ids = (items: { question: { id: string } }[]) => items.map((i) => i.question.id);

describe('a real screen', () => {
  it('follows the caller’s running order, one question per beat', () => {
    const items = selectQuestions(BANK, { mode: 'screen', track: 'support', seed: 1 });
    expect(items.map((i) => i.beat?.slot)).toEqual(['opener', 'background', 'technical', 'availability', 'why-company', 'salary', 'your-questions']);
    expect(ids(items).slice(0, 2)).toEqual(['communication/tell-me-about-yourself', 'details/walk-me-through-your-resume']);
    expect(ids(items)[5]).toBe('salary/what-salary-are-you-looking-for');
  });

  it('asks the track’s own technical question before a generic one', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const technical = (track: 'support' | 'it' | 'developer' | 'data') =>
        selectQuestions(BANK, { mode: 'screen', track, seed }).find((i) => i.beat?.slot === 'technical')!.question.id;
      expect(technical('support')).toBe('qualifications/printer-wont-print');
      expect(technical('it')).toBe('qualifications/printer-wont-print');
      expect(technical('developer')).toBe('qualifications/debug-a-slow-endpoint');
      // Data has no technical question with the slot of its own, so the generic one stands.
      expect(technical('data')).toBe('qualifications/general-technical');
    }
  });

  it('falls back to a question of the beat’s purpose when no question has the slot', () => {
    // Nothing in BANK has the your-questions slot: a fit question without a slot stands in.
    const last = selectQuestions(BANK, { mode: 'screen', track: 'support', seed: 3 }).at(-1)!;
    expect(last.beat?.slot).toBe('your-questions');
    expect(last.question.purpose).toBe('fit');
    expect(last.question.screenSlot).toBeUndefined();
    // A support caller never gets the developer/data-only fit question.
    expect(last.question.id).toBe('fit/team-or-alone');
  });

  it('skips a beat that nothing can fill, and never repeats a question', () => {
    const bank = [question('salary/only-one', { screenSlot: 'salary' }), question('details/gap')];
    const items = selectQuestions(bank, { mode: 'screen', track: 'any', seed: 9 });
    expect(items.map((i) => i.beat?.slot)).toEqual(['background', 'salary']);
    expect(ids(items)).toEqual(['details/gap', 'salary/only-one']);
  });

  it('is the same for the same seed whatever order the bank arrives in (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...ROLE_IDS), fc.shuffledSubarray(BANK, { minLength: BANK.length }), (seed, track, shuffled) => {
        const a = selectQuestions(BANK, { mode: 'screen', track, seed });
        const b = selectQuestions(shuffled, { mode: 'screen', track, seed });
        expect(ids(b)).toEqual(ids(a));
        expect(new Set(ids(a)).size).toBe(a.length);
        expect(a.length).toBeLessThanOrEqual(SCREEN_ORDER.length);
      }),
    );
  });

  it('varies with the seed where a beat has a choice', () => {
    const bank = [...BANK, question('communication/another-opener', { screenSlot: 'opener' })];
    const openers = new Set(Array.from({ length: 20 }, (_, seed) => ids(selectQuestions(bank, { mode: 'screen', track: 'any', seed }))[0]));
    expect(openers).toEqual(new Set(['communication/tell-me-about-yourself', 'communication/another-opener']));
  });
});

describe('drill one purpose', () => {
  it('keeps to the purpose and the track', () => {
    const items = selectQuestions(BANK, { mode: 'purpose', track: 'support', purpose: 'qualifications', seed: 5 });
    expect(ids(items).sort()).toEqual(['qualifications/general-technical', 'qualifications/printer-wont-print']);
    const data = selectQuestions(BANK, { mode: 'purpose', track: 'data', purpose: 'qualifications', seed: 5 });
    expect(ids(data).sort()).toEqual(['qualifications/general-technical', 'qualifications/sql-join']);
    expect(selectQuestions(BANK, { mode: 'purpose', track: 'any', purpose: 'qualifications', seed: 5 })).toHaveLength(4);
  });

  it('takes only as many as asked for, in a seeded order', () => {
    const plan = { mode: 'purpose', track: 'any', purpose: 'interest', seed: 11, count: 2 } as const;
    const first = selectQuestions(BANK, plan);
    expect(first).toHaveLength(2);
    expect(ids(selectQuestions(BANK, plan))).toEqual(ids(first));
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => ids(selectQuestions(BANK, { ...plan, seed, count: undefined })).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('returns nothing for a purpose with no questions for the track', () => {
    expect(selectQuestions([question('fit/remote', { roles: ['developer'] })], { mode: 'purpose', track: 'support', purpose: 'fit', seed: 1 })).toEqual([]);
  });
});

describe('drill chosen questions', () => {
  it('keeps the order given and skips ids no longer in the bank', () => {
    const items = selectQuestions(BANK, { mode: 'ids', ids: ['salary/current-salary', 'gone/away', 'fit/team-or-alone'] });
    expect(ids(items)).toEqual(['salary/current-salary', 'fit/team-or-alone']);
  });
});

describe('drill sizes', () => {
  it('counts a screen and each purpose for a track', () => {
    const sizes = drillSizes(BANK, 'support', PURPOSE_IDS);
    expect(sizes.screen).toBe(7);
    expect(sizes.purposes).toEqual({ details: 2, qualifications: 2, interest: 3, communication: 1, salary: 2, fit: 1 });
  });
});
