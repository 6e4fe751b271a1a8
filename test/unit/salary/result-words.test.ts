import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SalaryResult, SalaryWarning } from '../../../src/lib/salary/calculate.ts';
import type { AreaFigures, AreaLaw } from '../../../src/lib/salary/area.ts';
import type { SalaryFieldError } from '../../../src/lib/salary/inputs.ts';
import { lawWords, liveText, postedFlag, priceText } from '../../../src/lib/salary/result-words.ts';

/** A result with only what the sentences read; the rest of a result never reaches them. */
function result(fields: { low: number; high: number; unit?: 'year' | 'hour'; warnings?: SalaryWarning[]; posted?: SalaryResult['posted'] }): SalaryResult {
  return { unit: 'year', warnings: [], posted: null, ...fields } as unknown as SalaryResult;
}

describe('liveText', () => {
  it('says the range, a clash with the posting, the fields to fix, or nothing', () => {
    expect(liveText(result({ low: 58_000, high: 65_000 }), [])).toBe('Range: $58,000 to $65,000 a year.');
    expect(liveText(result({ low: 2650, high: 2975, unit: 'hour' }), [])).toBe('Range: $26.50 to $29.75 an hour.');
    expect(liveText(result({ low: 70_000, high: 70_000, posted: { kind: 'floor-above-top', from: 50_000, to: 60_000 } }), [])).toBe(
      'Your floor is above the top of the posted range.',
    );
    const errors: SalaryFieldError[] = [
      { field: 'monthlyCosts', kind: 'empty', message: 'Enter your monthly costs.' },
      { field: 'taxRate', kind: 'too-large', message: 'Enter a tax rate under 60 %.' },
    ];
    expect(liveText(null, errors)).toBe('Fix Monthly essential costs, Tax rate to see your range.');
    expect(liveText(null, [])).toBe('');
  });

  it('never shows NaN, Infinity or undefined for any whole-dollar range', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.constantFrom('year' as const, 'hour' as const), (low, high, unit) => {
        expect(liveText(result({ low, high, unit }), [])).not.toMatch(/NaN|Infinity|undefined/);
      }),
    );
  });
});

describe('postedFlag', () => {
  it('flags a posted bottom below the 10th percentile and a top above the 90th, naming the place and source', () => {
    const low = result({ low: 50_000, high: 56_000, warnings: [{ kind: 'posted-below-p10', from: 30_000, p10: 38_000 }] });
    expect(postedFlag(low, 'posted-below-p10', 'Ohio', 'BLS OEWS, May 2024')).toBe(
      'Allowed, but low: $30,000 a year is below what nine in ten people in this job earn in Ohio ($38,000 a year, BLS OEWS, May 2024).',
    );
    expect(postedFlag(low, 'posted-above-p90', 'Ohio', 'BLS OEWS, May 2024')).toBeNull();
    const high = result({ low: 50_000, high: 56_000, warnings: [{ kind: 'posted-above-p90', to: 400_000, p90: 120_000 }] });
    expect(postedFlag(high, 'posted-above-p90', 'the U.S.', 'BLS, May 2024')).toMatch(
      /^Allowed, but unusually high: \$400,000 a year .* Check it’s the yearly figure/,
    );
  });
});

describe('priceText', () => {
  it('says how far prices are from the U.S. average, or that they are about average', () => {
    expect(priceText('Mississippi', 87.2)).toBe('Prices in Mississippi are about 13 % below the U.S. average');
    expect(priceText('California', 112.6)).toBe('Prices in California are about 13 % above the U.S. average');
    expect(priceText('Ohio', 100)).toBe('Prices in Ohio are about the U.S. average');
  });
});

describe('lawWords', () => {
  const law: AreaLaw = {
    kind: 'posting',
    law: 'Example Pay Act',
    effective: '2025-01-01',
    threshold: '15 or more employees',
    sourceUrl: 'https://example.org/law',
    sourceDated: 'May 2025',
    inForce: true,
  };
  const figures = (l: AreaLaw | null) => ({ name: 'Example', law: l }) as AreaFigures;

  it('tells a law in force, one still to come, and one that applies on request apart', () => {
    expect(lawWords(figures(law))!.duty).toBe(
      'In Example, job postings must show a pay range, under the Example Pay Act, in force since January 1, 2025 (15 or more employees).',
    );
    expect(lawWords(figures(law))!.ask).toMatch(/^If a posting for a job there has no range, ask for it/);
    expect(lawWords(figures({ ...law, inForce: false, effective: '2027-06-01' }))!.duty).toBe(
      'In Example, job postings will have to show a pay range under the Example Pay Act, from June 1, 2027 (15 or more employees).',
    );
    expect(lawWords(figures({ ...law, kind: 'on-request' }))!.duty).toMatch(/employers must tell you the pay range at certain points/);
    expect(lawWords(figures({ ...law, kind: 'on-request' }))!.ask).toMatch(/^Ask for the range before you name a number/);
  });

  it('says nothing without a law', () => {
    expect(lawWords(figures(null))).toBeNull();
  });
});
