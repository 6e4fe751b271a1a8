import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeByScore } from '../../../src/lib/search/merge.ts';

const hit = (id: string, score: number, tag = '') => ({ id, score, tag });

describe('mergeByScore', () => {
  it('sums weighted scores so a page matching more searches ranks first', () => {
    const merged = mergeByScore([
      { hits: [hit('salary-guide', 3), hit('privacy', 1)], weight: 1 },
      { hits: [hit('salary-guide', 2), hit('money-question', 4)], weight: 1 },
    ]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['salary-guide', 5],
      ['money-question', 4],
      ['privacy', 1],
    ]);
  });

  it('applies weights, so a strict match outranks a stronger one-word match', () => {
    const merged = mergeByScore([
      { hits: [hit('strict', 2)], weight: 2 },
      { hits: [hit('loose', 3)], weight: 1 },
    ]);
    expect(merged.map((m) => m.id)).toEqual(['strict', 'loose']);
  });

  it('keeps the hit that contributed most, for its excerpt', () => {
    const merged = mergeByScore([
      { hits: [hit('page', 1, 'weak')], weight: 1 },
      { hits: [hit('page', 5, 'strong')], weight: 1 },
    ]);
    expect(merged[0]!.best.tag).toBe('strong');
  });

  it('keeps first-seen order on ties and ignores non-finite scores', () => {
    const merged = mergeByScore([{ hits: [hit('a', 1), hit('b', 1), hit('c', Number.NaN), hit('d', Infinity)], weight: 1 }]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 0],
      ['d', 0],
    ]);
  });

  it('returns each page once, sorted by score, whatever the input', () => {
    const lists = fc.array(
      fc.record({
        hits: fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), score: fc.double({ min: 0, max: 100, noNaN: true }) })),
        weight: fc.double({ min: 0, max: 3, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(lists, (input) => {
        const merged = mergeByScore(input);
        const ids = merged.map((m) => m.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(input.flatMap((l) => l.hits.map((h) => h.id))));
        for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.score).toBeGreaterThanOrEqual(merged[i]!.score);
      }),
    );
  });
});
