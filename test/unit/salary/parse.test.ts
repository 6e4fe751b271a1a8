import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimal } from '../../../src/lib/salary/parse.ts';

const dollars = { digits: 0, max: 10_000_000 };
const cents = { digits: 2, max: 480_769 };
const percent = { digits: 2, max: Number.MAX_SAFE_INTEGER, allowNegative: true };

describe('parseDecimal', () => {
  it.each([
    ['2400', dollars, 2400],
    [' 2,400 ', dollars, 2400],
    ['$52,000', dollars, 52_000],
    ['52k', dollars, 52_000],
    ['$52.5K', dollars, 52_500],
    ['2400.50', dollars, 2401], // half a dollar rounds up
    ['2400.49', dollars, 2400],
    ['1e3', dollars, 1000],
    ['0', dollars, 0],
    ['-0', dollars, 0],
    ['.5', dollars, 1],
    ['26.50', cents, 2650],
    ['1.005', cents, 101], // floating point would give 100
    ['0.004', cents, 0],
    ['22.5%', percent, 2250],
    ['22.5 %', percent, 2250],
    ['−10', percent, -1000], // a typographic minus sign
    ['-7.25', percent, -725],
    ['10,000,000', dollars, 10_000_000],
  ] as const)('reads %j', (text, options, expected) => {
    expect(parseDecimal(text, options)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['12,34', 'not-a-number'],
    ['1,2345', 'not-a-number'],
    ['.', 'not-a-number'],
    ['-', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['1..2', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['-5', 'negative'],
    ['-$2,400', 'negative'],
    ['1e309', 'too-large'],
    ['-1e309', 'negative'],
    ['10000001', 'too-large'],
    ['1e99999999999999999999', 'too-large'],
    ['99999999999999999999999', 'too-large'],
  ] as const)('turns down %j as %s', (text, problem) => {
    expect(parseDecimal(text, dollars)).toEqual({ ok: false, problem });
  });

  it('never throws, and every number it returns is a safe integer within the cap', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-+$]?[\d,.]{0,12}(e[-+]?\d{1,4})?k?%?$/)), (text) => {
        for (const options of [dollars, cents, percent]) {
          const result = parseDecimal(text, options);
          if (result.ok) {
            expect(Number.isSafeInteger(result.value)).toBe(true);
            expect(Math.abs(result.value)).toBeLessThanOrEqual(options.max);
            if (!('allowNegative' in options)) expect(result.value).toBeGreaterThanOrEqual(0);
          } else {
            expect(['empty', 'not-a-number', 'negative', 'too-large']).toContain(result.problem);
          }
        }
      }),
    );
  });

  it('reads back any whole amount, with or without thousands commas', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), (n) => {
        expect(parseDecimal(String(n), dollars)).toEqual({ ok: true, value: n });
        expect(parseDecimal(n.toLocaleString('en-US'), dollars)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('reads any dollars-and-cents text exactly', () => {
    fc.assert(
      fc.property(fc.nat(cents.max), (amount) => {
        const text = `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
        expect(parseDecimal(text, cents)).toEqual({ ok: true, value: amount });
      }),
    );
  });
});
