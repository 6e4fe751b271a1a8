import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildWordList,
  correctQuery,
  correctionNote,
  createDictionary,
  editDistance,
  isKnownWord,
  maxEditsFor,
  MIN_CORRECTABLE_LENGTH,
  suggestWord,
  unknownWords,
} from '../../../src/lib/search/spelling.ts';

/** A plain, reference edit distance (with swaps of neighbors), written the slow obvious way to check the fast one. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 0, maxLength: 12 });
const longWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: MIN_CORRECTABLE_LENGTH, maxLength: 12 });

/** One random typo: drop, add, change or swap a letter. */
const typo = fc
  .tuple(longWord, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), fc.constantFrom('drop', 'add', 'change', 'swap'))
  .map(([w, at, letter, kind]) => {
    const i = at % w.length;
    const typed =
      kind === 'drop'
        ? w.slice(0, i) + w.slice(i + 1)
        : kind === 'add'
          ? w.slice(0, i) + letter + w.slice(i)
          : kind === 'change'
            ? w.slice(0, i) + letter + w.slice(i + 1)
            : i + 1 < w.length
              ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
              : w;
    return { word: w, typed };
  });

/** The site's main words, roughly in the order a real build lists them (most frequent first). */
const SITE_WORDS = [
  'your',
  'salary',
  'call',
  'interview',
  'recruiter',
  'question',
  'range',
  'answer',
  'guide',
  'questions',
  'resume',
  'calls',
  'celery',
  'interviews',
  'recruiters',
  'staffing',
  'agency',
  'weakness',
  'strength',
];
const dictionary = createDictionary(SITE_WORDS);

describe('editDistance', () => {
  it('matches a plain reference implementation', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b)));
  });

  it('is zero only for the same word, symmetric, and at least the difference in length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('with a limit, gives the exact distance up to the limit and limit + 1 beyond it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(reference(a, b), limit + 1));
      }),
    );
  });

  it('counts one typo (a dropped, added, changed or swapped letter) as at most one edit', () => {
    fc.assert(fc.property(typo, ({ word: w, typed }) => editDistance(w, typed) <= 1));
  });
});

describe('suggestWord', () => {
  it('fixes the misspellings readers really type', () => {
    expect(suggestWord('salery', dictionary)).toBe('salary');
    expect(suggestWord('intervew', dictionary)).toBe('interview');
    expect(suggestWord('recruter', dictionary)).toBe('recruiter');
    expect(suggestWord('weekness', dictionary)).toBe('weakness');
    expect(suggestWord('staffng', dictionary)).toBe('staffing');
  });

  it('prefers the more frequent of two equally close words', () => {
    // "cills" is one letter from both "calls" and "cells": the one listed first (more frequent on the site) wins.
    expect(editDistance('cills', 'calls')).toBe(1);
    expect(editDistance('cills', 'cells')).toBe(1);
    expect(suggestWord('cills', createDictionary(['calls', 'cells']))).toBe('calls');
    expect(suggestWord('cills', createDictionary(['cells', 'calls']))).toBe('cells');
    // A closer word wins over a more frequent one.
    expect(suggestWord('celery', createDictionary(['salary', 'celery']))).toBeNull();
    expect(suggestWord('celary', createDictionary(['salary', 'celery']))).toBe('celery');
  });

  it('leaves alone words the site uses, short words, numbers and words too far from any site word', () => {
    expect(suggestWord('salary', dictionary)).toBeNull();
    expect(suggestWord('cal', dictionary)).toBeNull();
    expect(suggestWord('sal4ry', dictionary)).toBeNull();
    expect(suggestWord('xylophone', dictionary)).toBeNull();
  });

  it('never suggests a word beyond the edit limit for the typed length, and only words in the list', () => {
    fc.assert(
      fc.property(fc.array(longWord, { minLength: 1, maxLength: 30 }), longWord, (words, typed) => {
        const dict = createDictionary(words);
        const suggestion = suggestWord(typed, dict);
        if (suggestion === null) return;
        expect(dict.known.has(typed)).toBe(false);
        expect(dict.known.has(suggestion)).toBe(true);
        expect(editDistance(typed, suggestion)).toBeLessThanOrEqual(maxEditsFor(typed));
        // Nothing in the list is strictly closer.
        for (const w of dict.words) expect(editDistance(typed, w)).toBeGreaterThanOrEqual(editDistance(typed, suggestion));
      }),
    );
  });

  it('finds a word again after one typo, or an equally close word', () => {
    fc.assert(
      fc.property(fc.array(longWord, { minLength: 1, maxLength: 30 }), fc.nat(), typo, (others, at, { word: w, typed }) => {
        const words = [...others];
        words.splice(at % (words.length + 1), 0, w);
        const dict = createDictionary(words);
        fc.pre(typed !== w && !dict.known.has(typed) && maxEditsFor(typed) > 0);
        const suggestion = suggestWord(typed, dict);
        expect(suggestion).not.toBeNull();
        expect(editDistance(typed, suggestion!)).toBeLessThanOrEqual(editDistance(typed, w));
      }),
    );
  });
});

describe('isKnownWord and unknownWords', () => {
  it("knows the site's words, words still being typed, and longer forms of site words", () => {
    expect(isKnownWord('salary', dictionary)).toBe(true);
    expect(isKnownWord('salar', dictionary)).toBe(true);
    expect(isKnownWord('interviewer', dictionary)).toBe(true);
    expect(isKnownWord('weaknesses', dictionary)).toBe(true);
    expect(isKnownWord('salery', dictionary)).toBe(false);
    expect(isKnownWord('intervew', dictionary)).toBe(false);
    // "rangefinder" is more than three letters past "range": not a form of it.
    expect(isKnownWord('rangefinder', dictionary)).toBe(false);
  });

  it('picks out only the long, digit-free words the site never uses', () => {
    expect([...unknownWords(['salery', 'range', 'cv', 'abc', 'sal4ry', 'recruter'], dictionary)]).toEqual(['salery', 'recruter']);
  });

  it('never calls a word in the list unknown', () => {
    fc.assert(
      fc.property(fc.array(longWord, { minLength: 1, maxLength: 30 }), (words) => {
        const dict = createDictionary(words);
        expect(unknownWords(words, dict).size).toBe(0);
      }),
    );
  });
});

describe('createDictionary', () => {
  it('keeps plain lowercase words once, in order, and drops anything else', () => {
    const dict = createDictionary(['salary', 'Salary', 'salary', 42, null, 'two words', 'range', "don't"]);
    expect(dict.words).toEqual(['salary', 'range', "don't"]);
    expect(dict.known.has('range')).toBe(true);
  });
});

describe('correctQuery', () => {
  it('corrects only the words that found nothing, keeping the rest as typed', () => {
    const correction = correctQuery('Salery range for a recruter', new Set(['salery', 'recruter']), dictionary);
    expect(correction).toEqual({
      text: 'salary range for a recruiter',
      changes: [
        { from: 'salery', to: 'salary' },
        { from: 'recruter', to: 'recruiter' },
      ],
    });
    expect(correctionNote(correction!)).toBe('No page has “salery”, “recruter”. Showing results for “salary”, “recruiter”.');
  });

  it('returns null when no unknown word has a close site word', () => {
    expect(correctQuery('xylophone quartz', new Set(['xylophone', 'quartz']), dictionary)).toBeNull();
    expect(correctQuery('salery', new Set(), dictionary)).toBeNull();
  });

  it('never changes a word that is not in the unknown set', () => {
    fc.assert(
      fc.property(fc.array(longWord, { minLength: 1, maxLength: 6 }), (words) => {
        const correction = correctQuery(words.join(' '), new Set(), dictionary);
        expect(correction).toBeNull();
      }),
    );
  });
});

describe('buildWordList', () => {
  const texts = [
    'Salary: say a salary range. <SourceNote href="https://example.com/salary-data" title="Pay data" /> Salary again.',
    'A recruiter calls. The recruiter asks about [your range](/guides/salary-expectations/). Range, range.',
    'Once only: xylophone. Numbers like 2080 and 60340 are left out, and so is "don\'t".',
  ];

  it('lists every word at least four letters long, most frequent first, ties in alphabetical order', () => {
    const list = buildWordList(texts);
    expect(list.slice(0, 3)).toEqual(['range', 'salary', 'recruiter']);
    expect(list).toContain('xylophone');
    expect(list.every((w) => w.length >= MIN_CORRECTABLE_LENGTH && !/\d/.test(w) && !w.includes("'"))).toBe(true);
    expect(buildWordList(texts, 100, 2)).toEqual(['range', 'salary', 'recruiter']);
  });

  it('leaves out link addresses, tag names and attribute names', () => {
    const list = buildWordList([...texts, ...texts]);
    for (const junk of ['https', 'example', 'sourcenote', 'href', 'guides', 'expectations']) expect(list).not.toContain(junk);
    expect(list).toContain('data'); // "Pay data" is the link's visible title text, which the page shows.
  });

  it('does not depend on the order of the texts, and respects the limit', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(texts.concat(texts), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (shuffled, limit) => {
        expect(buildWordList(shuffled, limit)).toEqual(buildWordList(texts.concat(texts), limit));
      }),
    );
  });
});
