import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyPointCoverage, keyWords, stem } from '../../../src/lib/voice/coverage.ts';

const POINTS = ['Gives a researched range, not a single number', 'Names where the range came from', 'Asks about the budget for the role'];

describe('key-point coverage', () => {
  it('marks the points whose key words were said', () => {
    const said = "Based on my research, I'm looking at a range of 85 to 95 thousand, from the BLS figures for this area. What budget do you have?";
    // Point 1 key words: gives, researched, range, single, number → stems give, research, range, single, number: said research, range = 2 of 5 → not half (3).
    // Point 2: names, range, came → name, range, came: said range = 1 of 3 → needs 2, not covered.
    // Point 3: asks, budget, role → ask, budget, role: said budget = 1 of 3 → not covered.
    expect(keyPointCoverage(POINTS, said).map((p) => p.covered)).toEqual([false, false, false]);
    const better =
      'I give a researched range rather than a single number. I got the range from BLS data, it came from their wage tables. Can I ask what budget you have for the role?';
    // Point 1: give, research, range, single, number = 5 of 5. Point 2: name? no; range, came = 2 of 3 ≥ 2. Point 3: ask, budget, role = 3 of 3.
    expect(keyPointCoverage(POINTS, better).map((p) => p.covered)).toEqual([true, true, true]);
  });

  it('stems loosely and drops little words', () => {
    expect(stem('examples')).toBe('example');
    expect(stem('listened')).toBe('listen');
    expect(stem('stories')).toBe('story');
    expect(keyWords('Shows how you talked it through and listened')).toEqual(['show', 'talk', 'through', 'listen']);
  });

  it('never covers a point from an empty transcript, and always answers for every point', () => {
    expect(keyPointCoverage(POINTS, '').every((p) => !p.covered)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 8 }), fc.string({ maxLength: 300 }), (points, text) => {
        const result = keyPointCoverage(points, text);
        expect(result.map((r) => r.point)).toEqual(points);
        for (const r of result) expect(typeof r.covered).toBe('boolean');
      }),
    );
  });
});
