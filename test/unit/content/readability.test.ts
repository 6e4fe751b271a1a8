import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, textStats } from '../../../src/lib/content/readability.ts';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['phone', 1],
    ['salary', 3],
    ['interview', 3],
    ['recruiter', 3],
    ['availability', 6],
    ['the', 1],
    ['called', 1],
  ])('%s has about %i', (word, expected) => {
    expect(Math.abs(countSyllables(word) - expected)).toBeLessThanOrEqual(1);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('counts sentences at full stops and line breaks', () => {
    expect(textStats('One two. Three four!\nFive six').sentences).toBe(3);
  });

  it('rates short plain sentences low and long dense ones high', () => {
    const plain = fleschKincaidGrade(textStats('Call them back the same day. Say your name. Ask when they are free.'));
    const dense = fleschKincaidGrade(
      textStats('Organisational considerations regarding compensation expectations necessitate comprehensive preliminary investigation of contemporaneous remuneration benchmarks.'),
    );
    expect(plain).toBeLessThan(4);
    expect(dense).toBeGreaterThan(18);
  });

  it('matches the formula on a worked example', () => {
    // 2 sentences, 10 words, 13 syllables: 0.39 × 5 + 11.8 × 1.3 − 15.59 = 1.7
    const stats = { sentences: 2, words: 10, syllables: 13 };
    expect(fleschKincaidGrade(stats)).toBeCloseTo(0.39 * 5 + 11.8 * 1.3 - 15.59, 10);
  });

  it('is zero for empty text rather than NaN', () => {
    expect(fleschKincaidGrade(textStats(''))).toBe(0);
  });
});
