import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkPhone } from '../../../src/lib/prep/phone.ts';

describe('phone number check', () => {
  it.each(['(555) 010-0199', '+1 555 010 0199', '555.010.0199', '+44 20 7946 0958', '555-010-0199 ext. 204', '5550100199x12'])('accepts %s', (text) => {
    expect(checkPhone(text).ok).toBe(true);
  });

  it.each([
    ['1-800-FLOWERS', /Take out the letters “FLOWERS”/],
    ['555-01O-0199', /letter “O”/],
    ['555#0100199', /Take out “#”/],
    ['555 1+234567', /\+ can only go at the very start/],
    ['555-019', /too short/],
    ['1234567890123456', /too long/],
  ])('explains what is wrong with %s', (text, message) => {
    const result = checkPhone(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('rejects any number with a letter in it (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9 ]{7,12}$/),
        fc.constantFrom(...'abcdfghijklmnopqrsuvwyzABCDFGHIJKLMNOPQRSUVWYZ'),
        fc.nat(12),
        (digits, letter, at) => {
          const i = Math.min(at, digits.length);
          expect(checkPhone(`${digits.slice(0, i)}${letter}${digits.slice(i)}`).ok).toBe(false);
        },
      ),
    );
  });
});
