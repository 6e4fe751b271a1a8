import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHARS_PER_PRINTED_LINE, DENSE_PRINT_CHARS, isDensePrint, printedPitch } from '../../../src/lib/prep/print-density.ts';

const sheet = (pitch: string, matches: [string, string, string] = ['', '', ''], questions: string[] = []) => ({ pitch, matches, questions });

describe('printedPitch', () => {
  it('trims the pitch and collapses blank lines to one break', () => {
    expect(printedPitch('  Hi.\n\n\nI fix laptops.\n')).toBe('Hi.\nI fix laptops.');
  });
});

describe('isDensePrint', () => {
  it('switches to the compact layout just past the threshold', () => {
    expect(isDensePrint(sheet('x'.repeat(DENSE_PRINT_CHARS)))).toBe(false);
    expect(isDensePrint(sheet('x'.repeat(DENSE_PRINT_CHARS + 1)))).toBe(true);
  });

  it('counts matches and questions, and each line break in the pitch as a printed line', () => {
    expect(isDensePrint(sheet('', ['x'.repeat(400), 'x'.repeat(400), 'x'.repeat(200)], ['x'.repeat(101)]))).toBe(true);
    const lines = Math.ceil(DENSE_PRINT_CHARS / CHARS_PER_PRINTED_LINE) + 1;
    expect(isDensePrint(sheet(Array.from({ length: lines }, () => 'a').join('\n')))).toBe(true);
  });

  it('never turns compact when text is removed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.nat(2000), (pitch, cut) => {
        if (isDensePrint(sheet(pitch.slice(0, cut)))) expect(isDensePrint(sheet(pitch))).toBe(true);
      }),
    );
  });
});
