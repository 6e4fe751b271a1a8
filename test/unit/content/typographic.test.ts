import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { typographic } from '../../../src/lib/content/typographic.ts';

describe('typographic', () => {
  it.each([
    [`How to answer "Why us?" and "When could you start?"`, 'How to answer “Why us?” and “When could you start?”'],
    ["What's your greatest strength?", 'What’s your greatest strength?'],
    ["your goals and 'why us', and more", 'your goals and ‘why us’, and more'],
    ['offers and no\'s', 'offers and no’s'],
    ["the '90s", 'the ’90s'],
    [`("quoted")`, '(“quoted”)'],
    [`"I'll pass your resume on"`, '“I’ll pass your resume on”'],
    ['Already “curly” and it’s fine', 'Already “curly” and it’s fine'],
  ])('%s', (input, expected) => {
    expect(typographic(input)).toBe(expected);
  });

  it('leaves no straight quote, changes nothing else and keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '"', "'", '(', ')', '-', '—', '?', '“', '’') }), (text) => {
        const out = typographic(text);
        expect(out).not.toMatch(/["']/);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < text.length; i += 1) if (text[i] !== '"' && text[i] !== "'") expect(out[i]).toBe(text[i]);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typographic(typographic(text))).toBe(typographic(text));
      }),
    );
  });
});
