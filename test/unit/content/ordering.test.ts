import { describe, expect, it } from 'vitest';
import { byOrder, groupBy, neighbors } from '../../../src/lib/content/ordering.ts';

describe('byOrder', () => {
  it('sorts by order, then title, and leaves the input as it was', () => {
    const items = [
      { order: 2, title: 'B' },
      { order: 1, title: 'Z' },
      { order: 2, title: 'A' },
    ];
    expect(byOrder(items).map((i) => i.title)).toEqual(['Z', 'A', 'B']);
    expect(items.map((i) => i.title)).toEqual(['B', 'Z', 'A']);
  });
});

describe('groupBy', () => {
  it('keeps the order of the keys, with every key present even when empty', () => {
    const groups = groupBy(['apple', 'avocado', 'cherry'], ['c', 'b', 'a'], (word) => word[0] as 'a' | 'b' | 'c');
    expect([...groups.keys()]).toEqual(['c', 'b', 'a']);
    expect(groups.get('a')).toEqual(['apple', 'avocado']);
    expect(groups.get('b')).toEqual([]);
  });
});

describe('neighbors', () => {
  it('gives the items before and after, and nothing past either end', () => {
    expect(neighbors(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbors(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbors(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });
});
