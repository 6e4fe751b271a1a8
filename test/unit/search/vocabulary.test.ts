import { describe, expect, it } from 'vitest';
import { compileVocabulary, serialiseVocabulary } from '../../../src/lib/search/vocabulary.ts';

describe('compileVocabulary', () => {
  it('tokenises keys and values the way queries are tokenised', () => {
    const vocabulary = compileVocabulary([{ stopWords: ['I’m', 'The'], synonyms: { 'Thank-You': 'thank', 'Call  back': 'call back' } }]);
    expect([...vocabulary.stopWords].sort()).toEqual(["i'm", 'the']);
    expect(vocabulary.synonyms.get('thank you')).toEqual(['thank']);
    expect(vocabulary.synonyms.get('call back')).toEqual(['call', 'back']);
    expect(vocabulary.longestPhrase).toBe(2);
  });

  it('lets a later file override an earlier one', () => {
    const vocabulary = compileVocabulary([
      { stopWords: ['a'], synonyms: { money: 'salary' } },
      { stopWords: ['b'], synonyms: { money: 'pay' } },
    ]);
    expect(vocabulary.synonyms.get('money')).toEqual(['pay']);
    expect(vocabulary.stopWords.has('a') && vocabulary.stopWords.has('b')).toBe(true);
  });

  it('skips entries that tokenise to nothing instead of matching every query', () => {
    const vocabulary = compileVocabulary([{ stopWords: ['?'], synonyms: { '!!': 'salary', money: '…' } }]);
    expect(vocabulary.stopWords.size).toBe(0);
    expect(vocabulary.synonyms.size).toBe(0);
    expect(vocabulary.longestPhrase).toBe(1);
  });

  it('survives a round trip through its serialised form', () => {
    const vocabulary = compileVocabulary([{ stopWords: ['how', 'i'], synonyms: { 'how much': 'salary', 'current salary': 'salary history' } }]);
    const again = compileVocabulary([serialiseVocabulary(vocabulary)]);
    expect(again).toEqual(vocabulary);
  });
});
