import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate, floorBreakdown, type SalaryResult } from '../../../src/lib/salary/calculate.ts';
import type { SalaryInput } from '../../../src/lib/salary/model.ts';
import { WORKED_EXAMPLE_SOC, workedExample } from '../../../src/lib/salary/worked-example.ts';
import { national, occupation, validInput } from './fixtures.ts';

/** A yearly, entry-level input for 15-1232 with nothing optional, to vary per example. */
function input(overrides: Partial<SalaryInput>): SalaryInput {
  const soc = overrides.occupation?.soc ?? '15-1232';
  return {
    unit: 'year',
    level: 'entry',
    occupation: occupation(soc),
    place: national(soc),
    posted: null,
    ownFigures: null,
    adjustmentBasisPoints: 0,
    monthlyCosts: 0,
    taxBasisPoints: 0,
    savingsPerYear: 0,
    currentPay: null,
    plannedPay: null,
    ...overrides,
  };
}

describe('worked examples, checked by hand', () => {
  it('A: entry-level help desk, $2,000 a month, 20 % tax, yearly', () => {
    const result = calculate(input({ monthlyCosts: 2000, taxBasisPoints: 2000 }));
    // Essentials: 2,000 × 12 = 24,000. Grossed up: 24,000 ÷ (1 − 0.20) = 24,000 ÷ 0.8 = 30,000. No savings.
    expect(result.floor).toEqual({
      monthlyCosts: 2000,
      essentialsPerYear: 24_000,
      taxBasisPoints: 2000,
      grossedUp: 30_000,
      savingsPerYear: 0,
      perYear: 30_000,
    });
    expect(result.floorInUnit).toBe(30_000);
    // Entry band for 15-1232: 25th 47,580 to median 60,340; entry level aims at the 25th percentile.
    expect([result.market.low, result.market.high, result.market.aim, result.market.aimValue]).toEqual([47_580, 60_340, 'p25', 47_580]);
    // Target: max(30,000, 47,580) = 47,580, set by the market.
    expect(result.target).toBe(47_580);
    expect(result.targetFrom).toBe('market');
    // Bottom: 47,580 up to the next 1,000 = 48,000. Top: 12.5 % × 48,000 = 6,000; 48,000 + 6,000 = 54,000.
    expect([result.low, result.high]).toEqual([48_000, 54_000]);
    // Walk away: the floor 30,000, already a whole 1,000.
    expect(result.walkAway).toBe(30_000);
    expect(result.warnings).toEqual([]);
    expect(result.comparedWithCurrent).toBeNull();
    expect(result.posted).toBeNull();
  });

  it("the page's worked example: entry level, $1,800 a month, 18 % tax, national", () => {
    const result = calculate(workedExample(occupation(WORKED_EXAMPLE_SOC)));
    // 1,800 × 12 = 21,600 ÷ 0.82 = 26,341.46… → up to 26,342.
    expect(result.floorInUnit).toBe(26_342);
    // Aim: 25th percentile 47,580 → 48,000; + 6,000 → 54,000. Walk away: 26,342 → 27,000.
    expect([result.target, result.low, result.high, result.walkAway]).toEqual([47_580, 48_000, 54_000, 27_000]);
  });

  it('B: mid-level developer, +10 % local pay, 22.5 % tax, savings, a lowball number and current pay', () => {
    const result = calculate(
      input({
        occupation: occupation('15-1252'),
        level: 'mid',
        adjustmentBasisPoints: 1000,
        monthlyCosts: 3150,
        taxBasisPoints: 2250,
        savingsPerYear: 6000,
        plannedPay: 90_000,
        currentPay: 70_000,
      }),
    );
    // Essentials: 3,150 × 12 = 37,800. Grossed up: 37,800 ÷ 0.775 = 48,774.19… → up to 48,775. Plus 6,000 savings = 54,775.
    expect(result.floor.essentialsPerYear).toBe(37_800);
    expect(result.floor.grossedUp).toBe(48_775);
    expect(result.floorInUnit).toBe(54_775);
    // +10 %: median 133,080 × 1.1 = 146,388; 75th 169,000 × 1.1 = 185,900; 25th 103,050 × 1.1 = 113,355.
    expect(result.market.percentiles).toMatchObject({ p25: 113_355, p50: 146_388, p75: 185_900 });
    // Mid level aims at the median: 146,388 = target.
    expect(result.target).toBe(146_388);
    // Bottom 147,000. Top: 12.5 % × 147,000 = 18,375 → 18,000; 147,000 + 18,000 = 165,000.
    expect([result.low, result.high]).toEqual([147_000, 165_000]);
    // Walk away: 54,775 up to 55,000.
    expect(result.walkAway).toBe(55_000);
    // Lowball: 90,000 < 113,355 (the adjusted 25th percentile).
    expect(result.warnings).toEqual([{ kind: 'planned-below-p25', planned: 90_000, p25: 113_355 }]);
    // Against 70,000 now: (147,000 − 70,000) ÷ 70,000 = 1.1 → 110 % more.
    expect(result.comparedWithCurrent).toEqual({ current: 70_000, percent: 110, direction: 'more' });
  });

  it('C: hourly, costs that outrun the market (reality check)', () => {
    const result = calculate(input({ unit: 'hour', monthlyCosts: 6000, taxBasisPoints: 2500 }));
    // Essentials: 6,000 × 12 = 72,000. Grossed up: 72,000 ÷ 0.75 = 96,000 a year.
    expect(result.floor.perYear).toBe(96_000);
    // Per hour: 96,000 ÷ 2,080 = 46.1538… → up to $46.16.
    expect(result.floorInUnit).toBe(4616);
    // 25th 47,580 ÷ 2,080 = 22.875 → $22.88; median 60,340 ÷ 2,080 = 29.0096… → $29.01; 75th 77,010 ÷ 2,080 = 37.0240… → $37.02.
    expect(result.market.percentiles).toMatchObject({ p25: 2288, p50: 2901, p75: 3702 });
    // Entry aim: the 25th percentile, 2,288 cents; the floor, 4,616, is higher, so it sets the target.
    expect(result.market.aimValue).toBe(2288);
    expect(result.target).toBe(4616);
    expect(result.targetFrom).toBe('floor');
    // Bottom: 4,616 up to the next 50 cents = $46.50. Top: 12.5 % × 4,650 = 581.25 cents → nearest 50 = 600; $46.50 + $6.00 = $52.50.
    expect([result.low, result.high]).toEqual([4650, 5250]);
    expect(result.walkAway).toBe(4650);
    // Reality check: $46.16 is above the 75th percentile, $37.02.
    expect(result.warnings).toEqual([{ kind: 'floor-above-p75', floor: 4616, p75: 3702 }]);
  });

  it('D: senior, own hourly figures (no local adjustment), a number below the floor, current pay above the range', () => {
    const result = calculate(
      input({
        unit: 'hour',
        level: 'senior',
        ownFigures: { p25: 2000, p50: 2400, p75: 2800, p90: 3500 },
        adjustmentBasisPoints: 1500,
        monthlyCosts: 1500,
        taxBasisPoints: 1000,
        plannedPay: 900,
        currentPay: 4000,
      }),
    );
    // Floor: 1,500 × 12 = 18,000 ÷ 0.9 = 20,000 a year ÷ 2,080 = 9.615… → $9.62 an hour.
    expect(result.floorInUnit).toBe(962);
    // Own figures are used as typed; the +15 % is not applied to them.
    expect(result.market.source).toBe('own');
    expect(result.market.adjustmentBasisPoints).toBe(0);
    // Senior band: 75th $28.00 to 90th $35.00; senior aims at the 75th, $28.00 = target = bottom (already a multiple of 50 cents).
    expect([result.market.low, result.market.high, result.target, result.low]).toEqual([2800, 3500, 2800, 2800]);
    // Top: 12.5 % × 2,800 = 350 → nearest 50 = 350; $28.00 + $3.50 = $31.50.
    expect(result.high).toBe(3150);
    // Walk away: $9.62 up to $10.00.
    expect(result.walkAway).toBe(1000);
    // $9.00 is below the 25th percentile ($20.00) and below the walk-away ($10.00); $40.00 now is above the bottom, $31.50.
    expect(result.warnings).toEqual([
      { kind: 'planned-below-p25', planned: 900, p25: 2000 },
      { kind: 'planned-below-floor', planned: 900, walkAway: 1000 },
      { kind: 'range-below-current', current: 4000, low: 2800 },
    ]);
    // (4,000 − 2,800) ÷ 4,000 = 0.3 → 30 % less.
    expect(result.comparedWithCurrent).toEqual({ current: 4000, percent: 30, direction: 'less' });
  });

  it('floorBreakdown rounds the gross-up up, never down', () => {
    // 1,000 × 12 = 12,000 ÷ (1 − 0.07) = 12,000 ÷ 0.93 = 12,903.22… → 12,904 (rounding to nearest would give 12,903).
    expect(floorBreakdown({ monthlyCosts: 1000, taxBasisPoints: 700, savingsPerYear: 0 }).grossedUp).toBe(12_904);
  });
});

/** Every pay amount a result shows, to check them all at once. */
function amounts(result: SalaryResult): number[] {
  return [
    ...Object.values(result.floor),
    result.floorInUnit,
    ...Object.values(result.market.percentiles),
    result.market.low,
    result.market.high,
    result.market.aimValue,
    result.target,
    result.low,
    result.high,
    result.walkAway,
    result.comparedWithCurrent?.percent ?? 0,
  ];
}

describe('properties for every valid input', () => {
  it('floor ≤ target ≤ bottom < top, walk-away ≤ bottom, all finite non-negative integers, range rounded to its step', () => {
    fc.assert(
      fc.property(validInput, (given) => {
        const result = calculate(given);
        for (const amount of amounts(result)) {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
        expect(result.floorInUnit).toBeLessThanOrEqual(result.target);
        expect(result.target).toBeLessThanOrEqual(result.low);
        expect(result.low).toBeLessThan(result.high);
        expect(result.walkAway).toBeGreaterThanOrEqual(result.floorInUnit);
        expect(result.walkAway).toBeLessThanOrEqual(result.low);
        expect(result.step).toBe(given.unit === 'year' ? 1000 : 50);
        for (const rounded of [result.low, result.high, result.walkAway]) expect(rounded % result.step).toBe(0);
        expect(result.low - result.target).toBeLessThan(result.step);
        expect(result.target).toBe(Math.max(result.floorInUnit, result.market.aimValue));
        expect(result.market.aimValue).toBe(result.market.low);
      }),
    );
  });

  it('puts the top 10–15 % above the bottom once the bottom is at least 20 rounding steps', () => {
    fc.assert(
      fc.property(validInput, (given) => {
        const result = calculate(given);
        const spread = result.high - result.low;
        if (result.low >= 20 * result.step) {
          expect(spread * 100).toBeGreaterThanOrEqual(10 * result.low);
          expect(spread * 100).toBeLessThanOrEqual(15 * result.low);
        } else {
          expect(spread).toBeGreaterThanOrEqual(result.step);
        }
      }),
    );
  });

  it('never lowers the target, range or walk-away when costs, tax or savings go up', () => {
    fc.assert(
      fc.property(validInput, fc.nat(10_000), fc.nat(500), fc.nat(50_000), (given, moreCosts, moreTax, moreSavings) => {
        const before = calculate(given);
        const after = calculate({
          ...given,
          monthlyCosts: given.monthlyCosts + moreCosts,
          taxBasisPoints: Math.min(9000, given.taxBasisPoints + moreTax),
          savingsPerYear: given.savingsPerYear + moreSavings,
        });
        expect(after.floorInUnit).toBeGreaterThanOrEqual(before.floorInUnit);
        expect(after.target).toBeGreaterThanOrEqual(before.target);
        expect(after.low).toBeGreaterThanOrEqual(before.low);
        expect(after.high).toBeGreaterThanOrEqual(before.high);
        expect(after.walkAway).toBeGreaterThanOrEqual(before.walkAway);
      }),
    );
  });

  it('warns exactly when the floor passes the 75th percentile or the planned number falls below the 25th', () => {
    fc.assert(
      fc.property(validInput, (given) => {
        const result = calculate(given);
        const kinds = result.warnings.map((w) => w.kind);
        expect(kinds.includes('floor-above-p75')).toBe(result.floorInUnit > result.market.percentiles.p75);
        expect(kinds.includes('planned-below-p25')).toBe(given.plannedPay !== null && given.plannedPay < result.market.percentiles.p25);
        expect(kinds.includes('planned-below-floor')).toBe(given.plannedPay !== null && given.plannedPay < result.walkAway);
      }),
    );
  });
});
