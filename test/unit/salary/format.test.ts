import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aboutPrefix,
  formatCount,
  formatDollars,
  formatPay,
  formatPayPer,
  formatPercent,
  marketSource,
  perUnit,
  plainAmount,
} from '../../../src/lib/salary/format.ts';
import { parseDecimal } from '../../../src/lib/salary/parse.ts';
import type { SalaryResult } from '../../../src/lib/salary/calculate.ts';

describe('formatting pay', () => {
  it('writes dollars a year and cents an hour', () => {
    expect(formatPay(54000, 'year')).toBe('$54,000');
    expect(formatPay(2650, 'hour')).toBe('$26.50');
    expect(formatPayPer(54000, 'year')).toBe('$54,000 a year');
    expect(formatPayPer(2650, 'hour')).toBe('$26.50 an hour');
    expect(perUnit('year')).toBe('a year');
    expect(perUnit('hour')).toBe('an hour');
    expect(formatDollars(2400)).toBe('$2,400');
  });

  it('writes percentages from basis points and counts with grouping', () => {
    expect(formatPercent(2250)).toBe('22.5 %');
    expect(formatPercent(1000)).toBe('10 %');
    expect(formatCount(1654440)).toBe('1,654,440');
  });
});

describe('plainAmount', () => {
  it('writes an amount as a reader would retype it', () => {
    expect(plainAmount(54000, 'year')).toBe('54000');
    expect(plainAmount(2605, 'hour')).toBe('26.05');
    expect(plainAmount(7, 'hour')).toBe('0.07');
  });

  it('reads back to the same amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('year' as const, 'hour' as const), (amount, unit) => {
        const parsed = parseDecimal(plainAmount(amount, unit), { digits: unit === 'hour' ? 2 : 0, max: Number.MAX_SAFE_INTEGER });
        expect(parsed).toEqual({ ok: true, value: amount });
      }),
    );
  });
});

describe('where figures come from', () => {
  // Both functions read only `market.source` and `unit`, so a result is faked with just those.
  const result = (source: 'dataset' | 'own', unit: 'year' | 'hour' = 'year') =>
    ({ unit, market: { source } }) as unknown as Pick<SalaryResult, 'market' | 'unit'>;
  it('cites the dataset or says "your figures"', () => {
    expect(marketSource(result('dataset'), 'BLS, May 2024')).toBe('BLS, May 2024');
    expect(marketSource(result('own'), 'BLS, May 2024')).toBe('your figures');
  });
  it('says "about" only before hourly figures derived from yearly data', () => {
    expect(aboutPrefix(result('dataset', 'hour'))).toBe('about ');
    expect(aboutPrefix(result('dataset', 'year'))).toBe('');
    expect(aboutPrefix(result('own', 'hour'))).toBe('');
  });
});
