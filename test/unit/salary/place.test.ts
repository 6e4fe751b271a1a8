/** Salary by place: state percentiles, the national fallback, the entry-level rule, posted ranges and the remembered form. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate } from '../../../src/lib/salary/calculate.ts';
import { EXPERIENCE_LEVELS, LEVEL_TARGET, PAY_UNITS, type SalaryInput } from '../../../src/lib/salary/model.ts';
import { emptySalaryForm, type SalaryForm } from '../../../src/lib/salary/form.ts';
import { readSalaryForm, type PlaceContext } from '../../../src/lib/salary/inputs.ts';
import { whatToSay } from '../../../src/lib/salary/script.ts';
import { NATIONAL_AREA, placeMarket, priceDifferencePercent } from '../../../src/lib/salary/area.ts';
import { salaryFormRecord } from '../../../src/lib/salary/form-record.ts';
import { WORKED_EXAMPLE_SOC, workedExample } from '../../../src/lib/salary/worked-example.ts';
import { annualToHourlyCents } from '../../../src/lib/salary/round.ts';
import { AREA_CODES, dataset, figuresFor, inState, national, occupation, stateWages } from './fixtures.ts';

const areas = stateWages.areas.map(({ code, name }) => ({ code, name }));
const SOCS = dataset.occupations.map((o) => o.soc);

/** An entry-level help desk input with the acceptance costs: $1,800 a month, 18 % tax. */
function helpDesk(code: string): SalaryInput {
  const soc = WORKED_EXAMPLE_SOC;
  return workedExample(occupation(soc), code === NATIONAL_AREA ? national(soc) : inState(soc, code));
}

describe('entry-level help desk, $1,800 a month, 18 % tax: the range differs by state', () => {
  it.each([
    // 25th percentiles (BLS OEWS, May 2024): MS 36,870; TX 45,750; CA 61,190; DC 62,400; U.S. 47,580.
    // Bottom: rounded up to $1,000. Top: + 12.5 % rounded to the nearest $1,000.
    ['MS', 36_870, 37_000, 42_000], // 4,625 → 5,000
    ['TX', 45_750, 46_000, 52_000], // 5,750 → 6,000
    ['CA', 61_190, 62_000, 70_000], // 7,750 → 8,000
    ['DC', 62_400, 63_000, 71_000], // 7,875 → 8,000
    ['US', 47_580, 48_000, 54_000], // 6,000
  ])('%s: aims at %i, says %i to %i', (code, aim, low, high) => {
    const result = calculate(helpDesk(code));
    expect(result.floorInUnit).toBe(26_342); // 21,600 ÷ 0.82, rounded up
    expect([result.market.aimValue, result.low, result.high, result.walkAway]).toEqual([aim, low, high, 27_000]);
  });

  it('uses the state figures, not the national ones multiplied by a price level', () => {
    const withPrices = { ...figuresFor('CA'), priceLevel: { rpp: 110.72, citation: 'BEA', edition: '2024', url: 'https://apps.bea.gov/' } };
    const place = placeMarket(occupation('15-1232'), 'CA', 'California', withPrices);
    expect(calculate(workedExample(occupation('15-1232'), place))).toEqual(calculate(helpDesk('CA')));
    expect(priceDifferencePercent(110.72)).toBe(11);
    expect(priceDifferencePercent(86.953)).toBe(-13);
  });
});

describe('falling back to national figures', () => {
  it('uses national figures, and says why, when the state has no row or blank percentiles', () => {
    expect(inState('15-1253', 'WY')).toMatchObject({ source: 'national', fallback: { kind: 'no-row' }, annual: occupation('15-1253').annual });
    expect(inState('15-1252', 'CA')).toMatchObject({ source: 'national', fallback: { kind: 'blank', missing: ['p90'] } });
    expect(inState('15-1212', 'SC')).toMatchObject({ source: 'national', fallback: { kind: 'blank', missing: ['p10', 'p25', 'p50', 'p75', 'p90'] } });
    // 15-1299 has no state data at all.
    expect(inState('15-1299', 'MS')).toMatchObject({ source: 'national', fallback: { kind: 'no-row' } });
    expect(inState('15-1232', 'MS')).toMatchObject({ source: 'state', fallback: null, annual: { p25: 36_870, p50: 46_690 } });
  });
});

/** Any state (or national), occupation, level, unit and needs, with an optional posted range near the market. */
const anyPlaceInput = fc
  .record({
    area: fc.constantFrom(NATIONAL_AREA, ...AREA_CODES),
    soc: fc.constantFrom(...SOCS),
    level: fc.constantFrom(...EXPERIENCE_LEVELS),
    unit: fc.constantFrom(...PAY_UNITS),
    monthlyCosts: fc.integer({ min: 0, max: 20_000 }),
    taxBasisPoints: fc.integer({ min: 0, max: 6000 }),
    savingsPerYear: fc.integer({ min: 0, max: 50_000 }),
    posted: fc.option(fc.tuple(fc.integer({ min: 20_000, max: 250_000 }), fc.integer({ min: 0, max: 80_000 })), { nil: null }),
  })
  .map(({ area, soc, posted, ...rest }): SalaryInput => {
    const toUnit = (annual: number) => (rest.unit === 'year' ? annual : annualToHourlyCents(annual));
    return {
      ...rest,
      occupation: occupation(soc),
      place: area === NATIONAL_AREA ? national(soc) : inState(soc, area),
      posted: posted ? { from: toUnit(posted[0]), to: toUnit(posted[0] + posted[1]) } : null,
      ownFigures: null,
      adjustmentBasisPoints: 0,
      currentPay: null,
      plannedPay: null,
    };
  });

describe('properties for every state and occupation', () => {
  it('gives a finite, rounded, ordered range; inside the posted range when one is given and the floor allows', () => {
    fc.assert(
      fc.property(anyPlaceInput, (given) => {
        const result = calculate(given);
        for (const amount of [result.low, result.high, result.walkAway, result.target, result.floorInUnit])
          expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
        expect(result.low).toBeLessThanOrEqual(result.high);
        expect(result.walkAway % result.step).toBe(0);
        if (!given.posted) {
          expect(result.low).toBeLessThan(result.high);
          expect(result.low % result.step).toBe(0);
          expect(result.high % result.step).toBe(0);
          return;
        }
        const { from, to } = given.posted;
        if (result.floorInUnit > to) {
          expect(result.posted?.kind).toBe('floor-above-top');
          return;
        }
        expect(result.posted?.kind).toBe('inside');
        expect(result.low).toBeGreaterThanOrEqual(from);
        expect(result.high).toBeLessThanOrEqual(to);
        expect(result.low).toBeGreaterThanOrEqual(result.floorInUnit);
        // Rounded: each end is a whole step, or the posting's own top.
        for (const end of [result.low, result.high]) expect(end % result.step === 0 || end === to).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('aims entry level at the 25th percentile: the market target never exceeds the state median', () => {
    for (const code of [NATIONAL_AREA, ...AREA_CODES])
      for (const soc of SOCS) {
        const place = code === NATIONAL_AREA ? national(soc) : inState(soc, code);
        const result = calculate({ ...workedExample(occupation(soc), place), monthlyCosts: 0, taxBasisPoints: 0 });
        expect(result.market.aim).toBe(LEVEL_TARGET.entry);
        expect(result.market.aimValue, `${code} ${soc}`).toBe(place.annual.p25);
        expect(result.target, `${code} ${soc}`).toBeLessThanOrEqual(place.annual.p50);
      }
  });

  it('puts the range in the upper part of a posting when the market reaches its middle', () => {
    // DC help desk: aim 62,400 ≥ the middle of 50,000–70,000 (60,000): 63,000 to the posted top.
    const upper = calculate({ ...helpDesk('DC'), posted: { from: 50_000, to: 70_000 } });
    expect([upper.low, upper.high, upper.posted]).toEqual([63_000, 70_000, { kind: 'inside', from: 50_000, to: 70_000, upper: true }]);
    // Mississippi: aim 36,870 is below the posting, so start at its bottom: 50,000 + 6,250 → 56,000.
    const lower = calculate({ ...helpDesk('MS'), posted: { from: 50_000, to: 70_000 } });
    expect([lower.low, lower.high, lower.posted?.kind]).toEqual([50_000, 56_000, 'inside']);
    expect(whatToSay(lower, occupation('15-1232'), lower && helpDesk('MS').place)).toMatch(/^Yes, the posted range of \$50,000 to \$70,000 works for me\./);
    // A floor above the posted top: no range, said plainly.
    const above = calculate({ ...helpDesk('MS'), monthlyCosts: 5000, posted: { from: 40_000, to: 45_000 } });
    expect(above.posted?.kind).toBe('floor-above-top');
    expect(whatToSay(above, occupation('15-1232'))).toContain('is below what I’m looking for');
  });

  it('flags postings below the 10th or above the 90th percentile, but still gives a range', () => {
    const result = calculate({ ...helpDesk('MS'), posted: { from: 25_000, to: 90_000 } });
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'posted-below-p10', from: 25_000, p10: 29_910 },
        { kind: 'posted-above-p90', to: 90_000, p90: 76_280 },
      ]),
    );
    expect(result.posted?.kind).toBe('inside');
  });
});

describe('reading place and posting fields', () => {
  const base = (overrides: Partial<SalaryForm> = {}): SalaryForm => ({ ...emptySalaryForm('15-1232'), monthlyCosts: '1800', taxRate: '18', ...overrides });
  const inMs: PlaceContext = { areas, figures: figuresFor('MS') };
  const errorsOf = (form: SalaryForm, place: PlaceContext = inMs) => {
    const result = readSalaryForm(form, dataset.occupations, place);
    return result.ok ? [] : result.errors.map((e) => [e.field, e.kind, e.message] as const);
  };

  it('reads a state and its figures', () => {
    const result = readSalaryForm(base({ area: 'MS' }), dataset.occupations, inMs);
    expect(result.ok && calculate(result.input)).toMatchObject({ low: 37_000, high: 42_000 });
  });

  it('names an unknown state (from storage or the URL) next to the picker', () => {
    expect(errorsOf(base({ area: 'ZZ' }))).toEqual([['area', 'unknown-choice', expect.stringContaining('“ZZ”')]]);
  });

  it('explains a posted range whose from exceeds its to, a half range, and hourly or yearly slips', () => {
    expect(errorsOf(base({ area: 'MS', postedFrom: '60000', postedTo: '50000' }))).toEqual([['postedTo', 'out-of-order', expect.stringContaining('$50,000')]]);
    expect(errorsOf(base({ area: 'MS', postedFrom: '50000' }))).toEqual([['postedTo', 'half-range', expect.any(String)]]);
    expect(errorsOf(base({ area: 'MS', postedFrom: '22', postedTo: '26' }))).toEqual([
      ['postedFrom', 'looks-hourly', expect.stringContaining('$22.00')],
      ['postedTo', 'looks-hourly', expect.stringContaining('$26.00')],
    ]);
    expect(errorsOf(base({ area: 'MS', unit: 'hour', postedFrom: '45000', postedTo: '52000' }))).toEqual([
      ['postedFrom', 'looks-yearly', expect.stringContaining('$45,000')],
      ['postedTo', 'looks-yearly', expect.stringContaining('$52,000')],
    ]);
    expect(errorsOf(base({ area: 'MS', postedFrom: '0', postedTo: '50000' }))).toEqual([['postedFrom', 'zero', expect.any(String)]]);
  });
});

describe('the remembered form', () => {
  it('accepts what the calculator writes, and turns down anything else', () => {
    const form = { ...emptySalaryForm('15-1232'), area: 'MS', monthlyCosts: '1800' };
    expect(salaryFormRecord.check.safeParse({ version: 1, form })).toEqual({ success: true, data: { version: 1, form } });
    expect(salaryFormRecord.check.safeParse({ version: 1, form: null }).success).toBe(true);
    expect(salaryFormRecord.check.safeParse({ version: 1, form: { ...form, monthlyCosts: 1800 } }).success).toBe(false);
    expect(salaryFormRecord.check.safeParse({ version: 1, form: { ...form, extra: 'x' } }).success).toBe(false);
    expect(salaryFormRecord.check.safeParse({ version: 2, form }).success).toBe(false);
    expect(salaryFormRecord.check.safeParse('junk').success).toBe(false);
    expect(salaryFormRecord.empty()).toEqual({ version: 1, form: null });
  });
});
