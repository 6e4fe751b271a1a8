import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate } from '../../../src/lib/salary/calculate.ts';
import { FIELD_LABELS, emptySalaryForm, type SalaryField, type SalaryForm } from '../../../src/lib/salary/form.ts';
import { convertPayText, readSalaryForm, type SalaryErrorKind } from '../../../src/lib/salary/inputs.ts';
import { AREA_CODES, dataset, figuresFor, stateWages } from './fixtures.ts';
import type { PlaceContext } from '../../../src/lib/salary/inputs.ts';

const occupations = dataset.occupations;
const areas = stateWages.areas.map(({ code, name }) => ({ code, name }));
/** National: no state's figures needed. */
const nationally: PlaceContext = { areas, figures: null };

/** A filled-in, valid form to break one field at a time. */
function form(overrides: Partial<SalaryForm> = {}): SalaryForm {
  return { ...emptySalaryForm('15-1232'), monthlyCosts: '2,000', taxRate: '20', ...overrides };
}

/** The one error a form gives, or a failure naming what came back instead. */
function onlyError(given: SalaryForm) {
  const result = readSalaryForm(given, occupations, nationally);
  if (result.ok) throw new Error('expected an error');
  expect(result.errors).toHaveLength(1);
  return result.errors[0]!;
}

describe('readSalaryForm', () => {
  it('reads a valid form into checked input (worked example A)', () => {
    const result = readSalaryForm(form(), occupations, nationally);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      unit: 'year',
      level: 'entry',
      monthlyCosts: 2000,
      taxBasisPoints: 2000,
      savingsPerYear: 0,
      adjustmentBasisPoints: 0,
      currentPay: null,
      plannedPay: null,
      ownFigures: null,
    });
    expect(calculate(result.input)).toMatchObject({ low: 48_000, high: 54_000, walkAway: 30_000 });
  });

  it('reads hourly pay fields in cents and own figures in the chosen unit', () => {
    const result = readSalaryForm(
      form({
        unit: 'hour',
        currentPay: '$24.10',
        plannedPay: '22',
        useOwnFigures: true,
        ownP25: '20',
        ownP50: '24',
        ownP75: '28',
        ownP90: '35.5',
        adjustment: 'ignored when own figures are on',
      }),
      occupations,
      nationally,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.currentPay).toBe(2410);
    expect(result.input.plannedPay).toBe(2200);
    expect(result.input.ownFigures).toEqual({ p25: 2000, p50: 2400, p75: 2800, p90: 3550 });
    expect(result.input.adjustmentBasisPoints).toBe(0);
  });

  it.each<[string, Partial<SalaryForm>, SalaryField, SalaryErrorKind, RegExp]>([
    ['empty costs', { monthlyCosts: '' }, 'monthlyCosts', 'empty', /spend each month/],
    ['empty tax rate', { taxRate: ' ' }, 'taxRate', 'empty', /tax rate as a percentage/],
    ['negative costs', { monthlyCosts: '-2000' }, 'monthlyCosts', 'negative', /less than zero/],
    ['non-numeric costs', { monthlyCosts: 'two thousand' }, 'monthlyCosts', 'not-a-number', /digits only/],
    ['1e309 costs', { monthlyCosts: '1e309' }, 'monthlyCosts', 'too-large', /\$10,000,000 a year/],
    ['costs over $10,000,000 a year', { monthlyCosts: '900,000' }, 'monthlyCosts', 'too-large', /\$10,000,000 a year/],
    ['grossed-up floor over the cap', { monthlyCosts: '800,000', taxRate: '50' }, 'monthlyCosts', 'floor-too-high', /tax rate and savings/],
    ['tax of 100 %', { taxRate: '100' }, 'taxRate', 'tax-too-high', /below 100 %/],
    ['tax over 100 %', { taxRate: '250%' }, 'taxRate', 'tax-too-high', /below 100 %/],
    ['1e309 tax', { taxRate: '1e309' }, 'taxRate', 'too-large', /below 100 %/],
    ['negative tax', { taxRate: '-5' }, 'taxRate', 'negative', /less than zero/],
    ['non-numeric tax', { taxRate: 'lots' }, 'taxRate', 'not-a-number', /digits only/],
    ['negative savings', { savings: '-1' }, 'savings', 'negative', /less than zero/],
    ['savings over the cap', { savings: '10,000,001' }, 'savings', 'too-large', /\$10,000,000 a year/],
    ['yearly current pay over the cap', { currentPay: '20000000' }, 'currentPay', 'too-large', /\$10,000,000 a year/],
    ['hourly planned pay over the cap', { unit: 'hour', plannedPay: '5000' }, 'plannedPay', 'too-large', /\$4,807\.69 an hour/],
    ['non-numeric planned pay', { plannedPay: '50k-ish' }, 'plannedPay', 'not-a-number', /digits only, for example 55000/],
    ['hourly non-numeric current pay', { unit: 'hour', currentPay: 'NaN' }, 'currentPay', 'not-a-number', /for example 26\.50/],
    ['adjustment below −50 %', { adjustment: '-60' }, 'adjustment', 'out-of-range', /−50 to 200/],
    ['adjustment above 200 %', { adjustment: '250' }, 'adjustment', 'out-of-range', /−50 to 200/],
    ['adjustment of 1e309', { adjustment: '1e309' }, 'adjustment', 'too-large', /−50 to 200/],
    ['non-numeric adjustment', { adjustment: 'high' }, 'adjustment', 'not-a-number', /digits only/],
    ['an unknown job', { occupation: '99-9999' }, 'occupation', 'unknown-choice', /Choose a job/],
    ['an unknown level', { level: 'guru' }, 'level', 'unknown-choice', /entry, mid or senior/],
    ['an unknown unit', { unit: 'week' }, 'unit', 'unknown-choice', /a year or an hour/],
    [
      'own figures out of order',
      { useOwnFigures: true, ownP25: '50000', ownP50: '45000', ownP75: '60000', ownP90: '70000' },
      'ownP50',
      'out-of-order',
      /lower than the 25th percentile \(\$50,000\)/,
    ],
    ['an own figure left empty', { useOwnFigures: true, ownP25: '50000', ownP50: '', ownP75: '60000', ownP90: '70000' }, 'ownP50', 'empty', /untick/],
    ['an own figure of zero', { useOwnFigures: true, ownP25: '0', ownP50: '45000', ownP75: '60000', ownP90: '70000' }, 'ownP25', 'zero', /more than zero/],
  ])('%s: a typed error on that field', (_name, overrides, field, kind, message) => {
    const error = onlyError(form(overrides));
    expect(error.field).toBe(field);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const result = readSalaryForm(form({ monthlyCosts: 'x', taxRate: '120', savings: '-3', plannedPay: '1e309' }), occupations, nationally);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['monthlyCosts', 'plannedPay', 'savings', 'taxRate']);
  });

  it('treats optional fields left empty as none', () => {
    const result = readSalaryForm(form({ adjustment: '', savings: '', currentPay: '', plannedPay: '' }), occupations, nationally);
    expect(result.ok && result.input).toMatchObject({ adjustmentBasisPoints: 0, savingsPerYear: 0, currentPay: null, plannedPay: null });
  });

  it('never throws: any form gives checked input or typed errors with a message and a known field', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', '-1', '1e309', '100', '99.99', '2,400', 'NaN', '0', '12,34', '$5k'));
    const anyForm = fc.record({
      area: fc.oneof(fc.constantFrom('US', ...AREA_CODES), fc.string()),
      postedFrom: text,
      postedTo: text,
      occupation: fc.oneof(fc.constantFrom(...occupations.map((o) => o.soc)), fc.string()),
      level: fc.oneof(fc.constantFrom('entry', 'mid', 'senior'), fc.string()),
      unit: fc.oneof(fc.constantFrom('year', 'hour'), fc.string()),
      adjustment: text,
      monthlyCosts: text,
      taxRate: text,
      savings: text,
      currentPay: text,
      plannedPay: text,
      useOwnFigures: fc.boolean(),
      ownP25: text,
      ownP50: text,
      ownP75: text,
      ownP90: text,
    });
    fc.assert(
      fc.property(anyForm, (given) => {
        const figures = AREA_CODES.includes(given.area) ? figuresFor(given.area) : null;
        const result = readSalaryForm(given, occupations, { areas, figures });
        if (result.ok) {
          const computed = calculate(result.input);
          for (const value of [computed.low, computed.high, computed.walkAway, computed.target]) {
            expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
          }
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) {
            expect(Object.keys(FIELD_LABELS)).toContain(error.field);
            expect(error.message.length).toBeGreaterThan(10);
            expect(error.message).not.toMatch(/NaN|Infinity|undefined/);
          }
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('for any out-of-order own figures, flags the first figure that drops', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500_000 }), { minLength: 4, maxLength: 4 }), (values) => {
        const [p25, p50, p75, p90] = values.map(String) as [string, string, string, string];
        const result = readSalaryForm(form({ useOwnFigures: true, ownP25: p25, ownP50: p50, ownP75: p75, ownP90: p90 }), occupations, nationally);
        const drops = values.some((v, i) => i > 0 && v < values[i - 1]!);
        expect(result.ok).toBe(!drops);
        if (!result.ok) expect(result.errors.every((e) => e.kind === 'out-of-order')).toBe(true);
      }),
    );
  });
});

describe('convertPayText', () => {
  it('rewrites amounts for the other unit', () => {
    // 55,000 ÷ 2,080 = 26.4423… → $26.44.
    expect(convertPayText('55,000', 'year', 'hour')).toBe('26.44');
    // $26.50 × 2,080 = $55,120.
    expect(convertPayText('26.50', 'hour', 'year')).toBe('55120');
    expect(convertPayText('$20', 'hour', 'year')).toBe('41600');
  });

  it('leaves anything that is not a usable amount exactly as typed', () => {
    for (const text of ['', 'abc', '-5', '1e309']) expect(convertPayText(text, 'year', 'hour')).toBe(text);
    expect(convertPayText('whatever', 'year', 'year')).toBe('whatever');
  });
});
