import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, excerptSegments, resultLabel, suggestGuides, toResultView, type GuideSuggestion } from '../../../src/lib/search/results.ts';

describe('excerptSegments', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptSegments('say a <mark>salary</mark> range, not a <mark>number</mark>.')).toEqual([
      { text: 'say a ', marked: false },
      { text: 'salary', marked: true },
      { text: ' range, not a ', marked: false },
      { text: 'number', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('decodes entities and drops any tag that is not <mark>, so nothing in the index becomes HTML', () => {
    expect(excerptSegments('a &lt;b&gt; &amp; <img src=x onerror=alert(1)><mark>c</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('merges neighbouring runs of the same kind and skips empty ones', () => {
    expect(excerptSegments('<mark>call</mark><mark> back</mark>')).toEqual([{ text: 'call back', marked: true }]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('never loses text: the runs join back to the excerpt without its tags', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[a-z ,.]{0,12}$/), fc.boolean())), (parts) => {
        const html = parts.map(([text, marked]) => (marked ? `<mark>${text}</mark>` : text)).join('');
        expect(
          excerptSegments(html)
            .map((s) => s.text)
            .join(''),
        ).toBe(parts.map(([text]) => text).join(''));
      }),
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&quot;hi&quot; &#39;x&#x27; &nbsp;&bogus; &#0;')).toBe('"hi" \'x\' \u00a0&bogus; &#0;');
  });
});

describe('toResultView', () => {
  it('shapes Pagefind data into a result with a highlighted link', () => {
    const view = toResultView(
      {
        url: '/guides/salary-expectations/',
        excerpt: 'a <mark>salary</mark> range',
        meta: { title: 'Salary expectations', description: 'Say a range.' },
        filters: { type: ['Guide'], stage: ['during'], purpose: ['salary', 'nonsense'] },
      },
      ['salary'],
    );
    expect(view).toEqual({
      url: '/guides/salary-expectations/?highlight=salary',
      title: 'Salary expectations',
      description: 'Say a range.',
      excerpt: [
        { text: 'a ', marked: false },
        { text: 'salary', marked: true },
        { text: ' range', marked: false },
      ],
      type: 'Guide',
      stage: 'during',
      purposes: ['salary'],
    });
    expect(resultLabel(view)).toBe('Guide · During the call');
  });

  it('falls back to the URL for a missing title and shows no blanks', () => {
    const view = toResultView({ url: '/privacy/' }, []);
    expect(view.title).toBe('/privacy/');
    expect(view.description).toBe('');
    expect(view.excerpt).toEqual([]);
    expect(view.type).toBeUndefined();
    expect(resultLabel(view)).toBe('');
  });

  it('labels a question by its purpose', () => {
    expect(resultLabel(toResultView({ url: '/q/', filters: { type: ['Question'], purpose: ['salary'] } }, []))).toBe('Question · Salary');
  });
});

describe('suggestGuides', () => {
  const guide = (title: string, stage: GuideSuggestion['stage'], order: number, purposes: GuideSuggestion['purposes'] = []): GuideSuggestion => ({
    title,
    url: `/guides/${title}/`,
    stage,
    order,
    purposes,
  });
  const guides = [
    guide('after-2', 'after', 2),
    guide('during-2', 'during', 2, ['salary']),
    guide('before-1', 'before', 1),
    guide('during-1', 'during', 1, ['details']),
    guide('after-1', 'after', 1, ['salary']),
  ];

  it('suggests the first guide of each stage, in call order, when nothing is filtered', () => {
    expect(suggestGuides(guides, {}).map((g) => g.title)).toEqual(['before-1', 'during-1', 'after-1']);
  });

  it('suggests the guides that fit the filters picked', () => {
    expect(suggestGuides(guides, { purpose: 'salary' }).map((g) => g.title)).toEqual(['during-2', 'after-1']);
    expect(suggestGuides(guides, { stage: 'after' }).map((g) => g.title)).toEqual(['after-1', 'after-2']);
  });

  it('falls back to the first guides when no guide fits, and respects the limit', () => {
    expect(suggestGuides(guides, { purpose: 'fit' }).map((g) => g.title)).toEqual(['before-1', 'during-1', 'after-1']);
    expect(suggestGuides(guides, { stage: 'during' }, 1).map((g) => g.title)).toEqual(['during-1']);
    expect(suggestGuides([], {})).toEqual([]);
  });
});
