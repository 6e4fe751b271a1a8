import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculate } from '../../../src/lib/salary/calculate.ts';
import { formatPay } from '../../../src/lib/salary/format.ts';
import type { SalaryInput } from '../../../src/lib/salary/model.ts';
import { toSavedRange, whatToSay } from '../../../src/lib/salary/script.ts';
import { WORKED_EXAMPLE_SOC, workedExample } from '../../../src/lib/salary/worked-example.ts';
import { occupation, validInput } from './fixtures.ts';

/** The page's worked example, which calculate.test.ts checks by hand. */
const exampleA: SalaryInput = workedExample(occupation(WORKED_EXAMPLE_SOC));

describe('whatToSay', () => {
  it('says the worked example A range with where it comes from, and a question back', () => {
    const text = whatToSay(calculate(exampleA), exampleA.occupation);
    expect(text).toBe(
      'From what I’ve seen for help desk and user support roles, I’m looking for $48,000 to $54,000 a year. ' +
        'That’s based on U.S. government pay data for the role. I’m also happy to talk about the whole package, like benefits and time off. ' +
        'What range do you have in mind for this role?',
    );
  });

  it('mentions the area when pay was adjusted, and hourly pay in dollars and cents', () => {
    const text = whatToSay(calculate({ ...exampleA, unit: 'hour', adjustmentBasisPoints: 1000 }), exampleA.occupation);
    expect(text).toContain('roles in this area');
    expect(text).toMatch(/\$\d+\.\d{2} to \$\d+\.\d{2} an hour/);
  });

  it('never gives away the walk-away number, and never prints NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(validInput, (given) => {
        const result = calculate(given);
        const text = whatToSay(result, given.occupation);
        expect(text).not.toMatch(/NaN|Infinity|undefined|-\$/);
        expect(text).toContain(formatPay(result.low, result.unit));
        expect(text).toContain(formatPay(result.high, result.unit));
        if (result.walkAway !== result.low && result.walkAway !== result.high) expect(text).not.toContain(formatPay(result.walkAway, result.unit));
      }),
    );
  });
});

describe('toSavedRange', () => {
  it('keeps the range, walk-away, job and period', () => {
    const saved = toSavedRange(calculate(exampleA), exampleA.occupation, 'May 2024', new Date('2026-05-01T12:00:00Z'));
    expect(saved).toEqual({
      unit: 'year',
      low: 48_000,
      high: 54_000,
      walkAway: 27_000,
      occupationSoc: '15-1232',
      occupationTitle: 'Computer User Support Specialists',
      period: 'May 2024',
      savedAt: '2026-05-01T12:00:00.000Z',
      level: 'entry',
      ownFigures: false,
    });
  });

  it('says when the figures were the reader’s own', () => {
    const own = { ...exampleA, ownFigures: { p25: 40_000, p50: 50_000, p75: 60_000, p90: 70_000 } };
    expect(toSavedRange(calculate(own), own.occupation, 'May 2024', new Date()).period).toBe('your own figures');
  });
});
