import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countFillers, countWords, totalFillers, transcriptFigures, wordsPerMinute, FILLERS } from '../../../src/lib/voice/transcript.ts';

describe('words per minute over talk time', () => {
  it('counts words and divides by the minutes of talk', () => {
    const text = "So I've led three launches, and the last one shipped two weeks early.";
    // Words: So, I've, led, three, launches, and, the, last, one, shipped, two, weeks, early = 13.
    expect(countWords(text)).toBe(13);
    // 13 words over 5.2 s of talk: 13 / (5200 / 60000) = 13 / 0.08667 = 150 wpm.
    expect(wordsPerMinute(13, 5200)).toBe(150);
    // 120 words over 45 s: 120 / 0.75 = 160 wpm.
    expect(wordsPerMinute(120, 45_000)).toBe(160);
  });

  it('says nothing rather than a wild number when there is too little', () => {
    expect(wordsPerMinute(0, 30_000)).toBeNull();
    expect(wordsPerMinute(5, 0)).toBeNull();
    expect(wordsPerMinute(5, 999)).toBeNull();
    expect(wordsPerMinute(Number.NaN, 5000)).toBeNull();
  });
});

describe('filler words, as a floor', () => {
  it('counts each kind in a hand-written answer', () => {
    const text =
      'Um, so basically I, like, run the support team. Uh, you know, we handle about forty tickets a day, ' +
      'and I mean, it is sort of a juggling act. Umm, I like the work, and it looks like we hit our targets.';
    const counts = countFillers(text);
    // um: "Um", "Umm" = 2. uh: "Uh" = 1. basically: 1.
    // like: ", like," = 1; "I like" (verb) and "looks like" (comparison) don't count.
    // you know: ", you know," = 1. I mean: "I mean," = 1. sort of: "is sort of" = 1.
    expect(counts).toEqual({ um: 2, uh: 1, like: 1, 'you know': 1, basically: 1, 'sort of': 1, 'I mean': 1 });
    // 2 + 1 + 1 + 1 + 1 + 1 + 1 = 8.
    expect(totalFillers(counts)).toBe(8);
  });

  it('skips the ordinary uses of "you know", "sort of" and "I mean"', () => {
    const text = 'Do you know the answer? You know what I did? What sort of role is it? I mean it. This sort of thing is fine.';
    // "Do you know" is a question; "You know what" has an object; "What sort of", "This sort of" are nouns; "I mean it" is sincere.
    expect(totalFillers(countFillers(text))).toBe(0);
  });

  it('counts "like" next to another filler even without commas, and repeated "like like"', () => {
    // "um like" = 1 (after a filler sound); "like like": the first is set apart by the second, the second follows one = 2.
    expect(countFillers('it was um like really good and like like a dream').like).toBe(3);
    // The "um" before it counts as well, as an "um".
    expect(countFillers('it was um like really good').um).toBe(1);
  });

  it('works out pace and fillers together', () => {
    const text = 'Um, I would say the main thing is, basically, clear writing.';
    // Words: Um, I, would, say, the, main, thing, is, basically, clear, writing = 11; fillers: um + basically = 2.
    // 11 words over 4.4 s: 11 / (4400 / 60000) = 11 / 0.07333 = 150 wpm.
    expect(transcriptFigures(text, 4400)).toMatchObject({ words: 11, wpm: 150, fillerTotal: 2 });
  });

  it('gives finite counts and a finite or null pace for any text and any talk time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.oneof(fc.double(), fc.constant(Number.NaN)), (text, talkMs) => {
        const f = transcriptFigures(text, talkMs);
        expect(Number.isInteger(f.words) && f.words >= 0).toBe(true);
        expect(f.wpm === null || Number.isFinite(f.wpm)).toBe(true);
        for (const filler of FILLERS) expect(Number.isInteger(f.fillers[filler]) && f.fillers[filler] >= 0).toBe(true);
        expect(f.fillerTotal).toBeLessThanOrEqual(f.words);
      }),
    );
    expect(transcriptFigures('', 0)).toEqual({ words: 0, wpm: null, fillers: countFillers(''), fillerTotal: 0 });
  });
});
