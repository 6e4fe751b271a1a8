import { describe, expect, it } from 'vitest';
import { createSearchEngine, type PagefindApi } from '../../../src/lib/search/engine.ts';
import { compileVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { createDictionary } from '../../../src/lib/search/spelling.ts';

interface FakePage {
  id: string;
  text: string;
  filters?: Record<string, string[]>;
}

/**
 * A stand-in for Pagefind's JS API with its key behaviour: a page matches only if it holds every word,
 * the score grows with how often the words appear, and filters must all match.
 */
function fakePagefind(pages: FakePage[]) {
  const calls: { term: string | null; filters: Record<string, string> }[] = [];
  const api: PagefindApi<{ url: string }> = {
    async search(term, options = {}) {
      const filters = options.filters ?? {};
      calls.push({ term, filters });
      const words = term === null ? [] : term.toLowerCase().split(/\s+/).filter(Boolean);
      const results = pages
        .filter((page) => Object.entries(filters).every(([key, value]) => page.filters?.[key]?.includes(value)))
        .map((page) => {
          const text = page.text.toLowerCase().split(/\W+/);
          const counts = words.map((word) => text.filter((t) => t.startsWith(word)).length);
          return { page, score: counts.reduce((a, b) => a + b, 0), matches: counts.every((c) => c > 0) };
        })
        .filter((r) => r.matches)
        .sort((a, b) => b.score - a.score)
        .map(({ page, score }) => ({ id: page.id, score, data: async () => ({ url: `/${page.id}/` }) }));
      return { results };
    },
  };
  return { api, calls };
}

const pages: FakePage[] = [
  {
    id: 'be-reachable',
    text: 'Missed a call? Call back the same day. Set a voicemail greeting with your name. Missed calls happen.',
    filters: { type: ['Guide'], stage: ['before'] },
  },
  {
    id: 'salary-expectations',
    text: 'Salary: say a salary range. Research salary data. Ask what they have budgeted.',
    filters: { type: ['Guide'], stage: ['during'], purpose: ['salary'] },
  },
  { id: 'salary-question', text: 'What kind of salary are you looking for? Give a range.', filters: { type: ['Question'], purpose: ['salary'] } },
  { id: 'privacy', text: 'The salary calculator saves your range on this device.', filters: { type: ['Topic'] } },
  { id: 'nerves', text: 'Nerves before a call are normal. Rejection is not the end.', filters: { type: ['Guide'], stage: ['after'] } },
];

const vocabulary = compileVocabulary([
  { stopWords: ['they', 'and', 'i', 'it', 'how', 'much', 'should', 'for', 'what', 'm'], synonyms: { money: 'salary', nervous: 'nerves', called: 'call' } },
]);

describe('createSearchEngine', () => {
  it('answers a keyword search with the strict results in score order', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('salary');
    expect(outcome.mode).toBe('strict');
    expect(outcome.hits.map((h) => h.id)).toEqual(['salary-expectations', 'salary-question', 'privacy']);
    expect(calls.map((c) => c.term)).toEqual(['salary']);
    await expect(outcome.hits[0]!.data()).resolves.toEqual({ url: '/salary-expectations/' });
  });

  it('finds the page for a whole question that no page matches word for word', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('they called and I missed it');
    expect(outcome.hits[0]!.id).toBe('be-reachable');
    // Only one page holds both words, which is thin, so each word is searched too.
    expect(calls.map((c) => c.term)).toEqual(['call missed', 'called missed', 'call', 'missed', 'called']);
    expect(outcome.mode).toBe('broadened');
    expect(outcome.hits.map((h) => h.id)).toEqual(['be-reachable', 'nerves']);
  });

  it('maps everyday words, then broadens a thin strict search and keeps the best page first', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('how much money should I ask for');
    expect(calls.map((c) => c.term)).toEqual(['salary ask', 'money ask', 'salary', 'ask', 'money']);
    expect(outcome.mode).toBe('broadened');
    expect(outcome.hits.map((h) => h.id)).toEqual(['salary-expectations', 'salary-question', 'privacy']);
  });

  it('does not broaden when the strict search already found enough', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary, { thinBelow: 1 }).search('salary range');
    expect(outcome.mode).toBe('strict');
    expect(calls).toHaveLength(1);
  });

  it('reports broadening only when the fallback added pages', async () => {
    const { api } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('nervous rejection');
    expect(outcome.hits.map((h) => h.id)).toEqual(['nerves']);
    expect(outcome.mode).toBe('strict');
  });

  it('passes the filters to every search it runs', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('money ask', { type: 'Question', purpose: 'salary' });
    expect(outcome.hits.map((h) => h.id)).toEqual(['salary-question']);
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) expect(call.filters).toEqual({ type: 'Question', purpose: 'salary' });
  });

  it('lists every page in the filters when there are no words to search', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('  ', { type: 'Guide' });
    expect(outcome.mode).toBe('browse');
    expect(calls).toEqual([{ term: null, filters: { type: 'Guide' } }]);
    expect(outcome.hits.map((h) => h.id).sort()).toEqual(['be-reachable', 'nerves', 'salary-expectations']);
  });

  it('runs nothing for an empty search without filters', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('');
    expect(outcome).toMatchObject({ mode: 'idle', hits: [] });
    expect(calls).toEqual([]);
  });

  it('finds nothing, without errors, when no word is on any page or Pagefind answers null', async () => {
    const { api } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary).search('xylophone quartz');
    expect(outcome.hits).toEqual([]);
    const nullApi: PagefindApi<unknown> = { search: async () => null };
    await expect(createSearchEngine(nullApi, vocabulary).search('salary')).resolves.toMatchObject({ hits: [] });
  });
});

describe('createSearchEngine: did you mean', () => {
  const words = createDictionary(['salary', 'call', 'range', 'missed', 'voicemail', 'nerves', 'rejection', 'celery']);
  /** A spelling loader that counts how often it is asked for the word list. */
  function speller(result: ReturnType<typeof createDictionary> | null | Error = words) {
    const loads = { count: 0 };
    const spelling = async () => {
      loads.count += 1;
      if (result instanceof Error) throw result;
      return result;
    };
    return { spelling, loads };
  }

  it('searches again with a misspelled word corrected, and says what it changed', async () => {
    const { api, calls } = fakePagefind(pages);
    const { spelling, loads } = speller();
    const outcome = await createSearchEngine(api, vocabulary, { spelling }).search('Salery');
    expect(outcome.correction).toEqual({ text: 'salary', changes: [{ from: 'salery', to: 'salary' }] });
    expect(outcome.query).toBe('Salery');
    expect(outcome.hits.map((h) => h.id)).toEqual(['salary-expectations', 'salary-question', 'privacy']);
    expect(outcome.plan.highlight).toEqual(['salary']);
    expect(calls.map((c) => c.term)).toEqual(['salery', 'salary']);
    expect(loads.count).toBe(1);
  });

  it('corrects one word of several, keeping the words that found pages', async () => {
    const { api } = fakePagefind(pages);
    const { spelling } = speller();
    const outcome = await createSearchEngine(api, vocabulary, { spelling }).search('missed voicemial');
    expect(outcome.correction?.changes).toEqual([{ from: 'voicemial', to: 'voicemail' }]);
    expect(outcome.hits[0]!.id).toBe('be-reachable');
  });

  it("leaves searches for the site's own words alone", async () => {
    const { api } = fakePagefind(pages);
    const engine = createSearchEngine(api, vocabulary, speller());
    for (const query of ['salary', 'missed call', 'nervous rejection', 'salar']) {
      const outcome = await engine.search(query);
      expect(outcome.correction, query).toBeUndefined();
    }
  });

  it('does not ask for the word list when no typed word is worth checking', async () => {
    const { api } = fakePagefind(pages);
    const { spelling, loads } = speller();
    const engine = createSearchEngine(api, vocabulary, { spelling });
    // "money" is replaced by the vocabulary and "ask" is too short to correct.
    await engine.search('how much money should I ask for');
    await engine.search('cv');
    expect(loads.count).toBe(0);
    await engine.search('salary');
    expect(loads.count).toBe(1);
  });

  it('keeps the typed search when the word list is missing, fails to load, or has nothing close', async () => {
    for (const result of [null, new Error('offline')]) {
      const { api } = fakePagefind(pages);
      const outcome = await createSearchEngine(api, vocabulary, speller(result)).search('salery');
      expect(outcome).toMatchObject({ hits: [] });
      expect(outcome.correction).toBeUndefined();
    }
    const { api } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary, speller()).search('xylophone');
    expect(outcome.hits).toEqual([]);
    expect(outcome.correction).toBeUndefined();
  });

  it('keeps the typed search when the corrected one finds nothing either', async () => {
    const { api } = fakePagefind(pages);
    // "celery" is a known word in the list but on no page: correcting to it finds nothing, so no correction is shown.
    const outcome = await createSearchEngine(api, vocabulary, speller()).search('celeri');
    expect(outcome.hits).toEqual([]);
    expect(outcome.correction).toBeUndefined();
  });

  it('corrects within the filters picked', async () => {
    const { api, calls } = fakePagefind(pages);
    const outcome = await createSearchEngine(api, vocabulary, speller()).search('salery', { type: 'Question' });
    expect(outcome.hits.map((h) => h.id)).toEqual(['salary-question']);
    for (const call of calls) expect(call.filters).toEqual({ type: 'Question' });
  });
});
