import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedFromString, seededRandom, shuffle } from '../../../src/lib/practice/random.ts';

describe('seeded randomness', () => {
  it('gives the same numbers for the same seed, and different ones for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('stays in [0, 1) (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 50; i += 1) {
          const n = random();
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThan(1);
        }
      }),
    );
  });

  it('shuffles into a permutation without touching the input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = [...items];
        const shuffled = shuffle(items, seededRandom(seed));
        expect(items).toEqual(before);
        expect([...shuffled].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
        expect(shuffle(items, seededRandom(seed))).toEqual(shuffled);
      }),
    );
  });

  it('actually reorders: across seeds, ten items do not always come back in order', () => {
    const items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(items, seededRandom(seed)).join(',')));
    expect(orders.size).toBeGreaterThan(15);
  });

  it('turns text into a stable 32-bit seed', () => {
    expect(seedFromString('drill')).toBe(seedFromString('drill'));
    expect(seedFromString('drill')).not.toBe(seedFromString('drilL'));
    expect(Number.isInteger(seedFromString(''))).toBe(true);
    expect(seedFromString('anything at all')).toBeGreaterThanOrEqual(0);
    expect(seedFromString('anything at all')).toBeLessThan(2 ** 32);
  });
});
