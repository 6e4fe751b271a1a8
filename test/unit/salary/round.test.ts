import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  annualToHourlyCents,
  annualToHourlyCentsUp,
  ceilToStep,
  divCeil,
  divRound,
  hourlyCentsToAnnual,
  roundToStep,
  scaleByBasisPoints,
} from '../../../src/lib/salary/round.ts';

describe('integer rounding', () => {
  it('rounds halves up and ceilings exactly', () => {
    expect(divRound(5, 2)).toBe(3); // 2.5 → 3
    expect(divRound(7, 4)).toBe(2); // 1.75 → 2
    expect(divRound(5, 4)).toBe(1); // 1.25 → 1
    expect(divCeil(7, 7)).toBe(1);
    expect(divCeil(8, 7)).toBe(2);
    expect(divCeil(0, 7)).toBe(0);
    expect(ceilToStep(53_960, 1000)).toBe(54_000);
    expect(ceilToStep(54_000, 1000)).toBe(54_000);
    expect(roundToStep(6_750, 1000)).toBe(7_000);
    expect(roundToStep(6_499, 1000)).toBe(6_000);
  });

  it('converts between a year and an hour at 2,080 hours', () => {
    // 60,340 ÷ 2,080 = 29.0096… → $29.01, the BLS hourly median for 15-1232.
    expect(annualToHourlyCents(60_340)).toBe(2901);
    // 96,000 ÷ 2,080 = 46.1538… → rounded up for a need: $46.16.
    expect(annualToHourlyCentsUp(96_000)).toBe(4616);
    expect(annualToHourlyCents(96_000)).toBe(4615);
    // $26.50 × 2,080 = $55,120.
    expect(hourlyCentsToAnnual(2650)).toBe(55_120);
    // +10 % of 133,080 = 146,388.
    expect(scaleByBasisPoints(133_080, 11_000)).toBe(146_388);
  });

  it('matches exact arithmetic for any non-negative integers', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const q = a / b;
        expect(divCeil(a, b)).toBe(Math.ceil(q));
        // Half-up: the distance to the exact quotient is at most ½, and exact halves go up.
        const r = divRound(a, b);
        expect(Math.abs(r - q)).toBeLessThanOrEqual(0.5);
        if ((2 * a) % b === 0 && ((2 * a) / b) % 2 === 1) expect(r).toBe(Math.ceil(q));
        const c = ceilToStep(a, b);
        expect(c % b).toBe(0);
        expect(c).toBeGreaterThanOrEqual(a);
        expect(c - a).toBeLessThan(b);
      }),
    );
  });

  it('round-trips hourly pay through a year to within one cent', () => {
    fc.assert(
      fc.property(fc.nat(480_769), (cents) => {
        expect(Math.abs(annualToHourlyCents(hourlyCentsToAnnual(cents)) - cents)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
