import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenise } from '../../../src/lib/search/tokenise.ts';

describe('tokenise', () => {
  it('lowercases and splits on anything that is not a letter, digit or apostrophe', () => {
    expect(tokenise('What SALARY should I ask for?')).toEqual(['what', 'salary', 'should', 'i', 'ask', 'for']);
    expect(tokenise('thank-you e-mail, please!')).toEqual(['thank', 'you', 'e', 'mail', 'please']);
  });

  it('treats curly and straight apostrophes alike and trims quotes around words', () => {
    expect(tokenise('I’m nervous')).toEqual(["i'm", 'nervous']);
    expect(tokenise("I'm nervous")).toEqual(["i'm", 'nervous']);
    expect(tokenise("'quoted' words''")).toEqual(['quoted', 'words']);
  });

  it('strips accents so résumé meets resume', () => {
    expect(tokenise('Résumé GAP')).toEqual(['resume', 'gap']);
  });

  it('returns nothing for blank or punctuation-only input', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('   ?!… — ')).toEqual([]);
  });

  it('is idempotent: tokenising the joined tokens gives the same tokens', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = tokenise(text);
        expect(tokenise(once.join(' '))).toEqual(once);
      }),
    );
  });

  it('only ever yields non-empty lowercase words without spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const word of tokenise(text)) {
          expect(word).toMatch(/^[a-z0-9](?:[a-z0-9']*[a-z0-9])?$/);
        }
      }),
    );
  });
});
