import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH_DATA, parseSearchData } from '../../../src/lib/search/search-data.ts';

describe('parseSearchData', () => {
  it('reads well-formed data', () => {
    const data = {
      vocabulary: { stopWords: ['i'], synonyms: { money: 'salary' } },
      examples: ['missed call'],
      guides: [{ title: 'Be reachable', url: '/guides/be-reachable/', stage: 'before', purposes: ['details'], order: 3 }],
    };
    expect(parseSearchData(data)).toEqual(data);
  });

  it('drops the parts that are malformed and keeps the rest', () => {
    const parsed = parseSearchData({
      vocabulary: { stopWords: ['i', 4, null], synonyms: { money: 'salary', pay: 7 } },
      examples: 'missed call',
      guides: [{ title: 'Ok', url: '/ok/', stage: 'during', purposes: ['salary', 'bogus'], order: 1 }, { title: 'No stage', url: '/x/', order: 1 }, 'junk'],
    });
    expect(parsed).toEqual({
      vocabulary: { stopWords: ['i'], synonyms: { money: 'salary' } },
      examples: [],
      guides: [{ title: 'Ok', url: '/ok/', stage: 'during', purposes: ['salary'], order: 1 }],
    });
  });

  it('falls back to empty data for anything that is not an object', () => {
    for (const junk of [null, undefined, 'text', 42, []]) expect(parseSearchData(junk)).toEqual(EMPTY_SEARCH_DATA);
  });
});
