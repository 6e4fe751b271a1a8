import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LOOSE_TERMS, planQuery } from '../../../src/lib/search/query-plan.ts';
import { compileVocabulary, EMPTY_VOCABULARY } from '../../../src/lib/search/vocabulary.ts';

const vocabulary = compileVocabulary([
  {
    stopWords: [
      'i',
      'how',
      'much',
      'should',
      'for',
      'what',
      'do',
      'they',
      'and',
      'it',
      'the',
      'a',
      'about',
      'in',
      'my',
      'say',
      'me',
      'you',
      'here',
      'to',
      'want',
      'why',
    ],
    synonyms: {
      money: 'salary',
      'how much': 'salary',
      nervous: 'nerves',
      start: 'availability',
      'call back': 'call back',
      'work here': 'company',
      'thank you': 'thank',
    },
  },
]);

describe('planQuery', () => {
  it('drops stop words and keeps the rest in order', () => {
    const plan = planQuery('what do I say about a gap in my resume', vocabulary);
    expect(plan.original).toEqual(['gap', 'resume']);
    expect(plan.strict).toEqual(['gap resume']);
    expect(plan.loose).toEqual(['gap', 'resume']);
  });

  it('maps everyday words to the site vocabulary and also keeps the words as typed', () => {
    const plan = planQuery('how much money should I ask for', vocabulary);
    expect(plan.original).toEqual(['money', 'ask']);
    expect(plan.mapped).toEqual(['salary', 'ask']);
    expect(plan.strict).toEqual(['salary ask', 'money ask']);
    expect(plan.loose).toEqual(['salary', 'ask', 'money']);
    expect(plan.highlight).toEqual(['money', 'ask', 'salary']);
  });

  it('matches phrases before single words, longest first', () => {
    const plan = planQuery('why do you want to work here', vocabulary);
    expect(plan.mapped).toEqual(['company']);
    expect(plan.original).toEqual(['work']);
    expect(plan.strict).toEqual(['company', 'work']);
  });

  it('maps a phrase made only of stop words and keeps nothing of it as typed', () => {
    const plan = planQuery('how much', vocabulary);
    expect(plan.mapped).toEqual(['salary']);
    expect(plan.original).toEqual([]);
    expect(plan.strict).toEqual(['salary']);
  });

  it('plans one strict search when mapping changes nothing', () => {
    const plan = planQuery('voicemail greeting', vocabulary);
    expect(plan.strict).toEqual(['voicemail greeting']);
    expect(plan.loose).toEqual(['voicemail', 'greeting']);
  });

  it('needs no fallback for a single word', () => {
    const plan = planQuery('nervous', vocabulary);
    expect(plan.strict).toEqual(['nerves', 'nervous']);
    expect(plan.loose).toEqual([]);
  });

  it('keeps the words as typed when every one of them is a stop word', () => {
    const plan = planQuery('how do I', vocabulary);
    expect(plan.strict).toEqual(['how do i']);
    expect(plan.loose).toEqual(['how', 'do', 'i']);
  });

  it('plans nothing for an empty query', () => {
    expect(planQuery('  ?? ', vocabulary)).toEqual({ original: [], mapped: [], strict: [], loose: [], highlight: [] });
  });

  it('searches the words as typed without a vocabulary', () => {
    expect(planQuery('They called and I missed it', EMPTY_VOCABULARY).strict).toEqual(['they called and i missed it']);
  });

  it('never repeats a search, caps the fallback, and highlights only real words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('money', 'salary', 'i', 'start', 'gap', 'nervous', 'call', 'back', 'x', 'how', 'much', 'resume', 'the'), { maxLength: 20 }),
        (words) => {
          const plan = planQuery(words.join(' '), vocabulary);
          expect(new Set(plan.strict).size).toBe(plan.strict.length);
          expect(new Set(plan.loose).size).toBe(plan.loose.length);
          expect(plan.loose.length).toBeLessThanOrEqual(MAX_LOOSE_TERMS);
          for (const term of plan.loose) expect(plan.strict).not.toContain(term);
          for (const word of plan.highlight) expect(word.length).toBeGreaterThan(1);
          if (words.length > 0) expect(plan.strict.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
