import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_LENGTH, readSearchState, searchPageHref, searchStateToQueryString, withHighlight } from '../../../src/lib/search/url-state.ts';

describe('search URL state', () => {
  it('reads the query and known filters from ?q=&type=&purpose=&stage=', () => {
    const state = readSearchState(new URLSearchParams('q=%20what%20salary%20%20should%20I%20ask%20&type=Question&purpose=salary&stage=nope'));
    expect(state).toEqual({ query: 'what salary should I ask', filters: { type: 'Question', purpose: 'salary' } });
  });

  it('reads an empty search from an empty URL', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual({ query: '', filters: {} });
  });

  it('caps a very long query', () => {
    expect(readSearchState(new URLSearchParams({ q: 'a'.repeat(5000) })).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('writes a stable query string, leaving out anything empty', () => {
    expect(searchStateToQueryString({ query: ' missed call ', filters: { stage: 'before', type: 'Guide' } })).toBe('q=missed+call&type=Guide&stage=before');
    expect(searchStateToQueryString({ query: '', filters: {} })).toBe('');
    expect(searchPageHref('/search/', { query: '', filters: {} })).toBe('/search/');
    expect(searchPageHref('/base/search/', { query: 'thank you & bye', filters: {} })).toBe('/base/search/?q=thank+you+%26+bye');
  });

  it('round-trips any search through the URL', () => {
    const state = fc.record({
      query: fc.string({ maxLength: 80 }).map((s) => s.replace(/\s+/g, ' ').trim()),
      filters: fc.record(
        {
          type: fc.constantFrom('Guide', 'Question', 'Topic', 'Tool'),
          purpose: fc.constantFrom('details', 'salary', 'fit'),
          stage: fc.constantFrom('before', 'during', 'after'),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(readSearchState(new URLSearchParams(searchStateToQueryString(s)))).toEqual(s);
      }),
    );
  });

  it('adds highlight words to a result link, keeping its path, query and fragment', () => {
    expect(withHighlight('/guides/salary-expectations/', ['salary', 'range'])).toBe('/guides/salary-expectations/?highlight=salary&highlight=range');
    expect(withHighlight('/guides/be-reachable/#voicemail', ['voicemail'])).toBe('/guides/be-reachable/?highlight=voicemail#voicemail');
    expect(withHighlight('/a/?highlight=old&x=1', ['new'])).toBe('/a/?x=1&highlight=new');
    expect(withHighlight('/a/', [])).toBe('/a/');
    expect(withHighlight('/a/', ["i'm", 'a&b'])).toBe('/a/?highlight=i%27m&highlight=a%26b');
  });
});
