import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, mdxToPlainText, readingMinutes } from '../../../src/lib/content/reading-time.ts';

describe('mdxToPlainText', () => {
  it('keeps the words a reader sees and drops imports, tags, expressions and link targets', () => {
    const body = "import X from './x.astro';\n\n## Say **this**\n\n<SayThis>Hello {name}</SayThis> and [read more](/guides/x/).";
    expect(mdxToPlainText(body)).toBe('Say this Hello and read more.');
  });
});

describe('countWords', () => {
  it('counts words, keeping numbers and contractions whole', () => {
    expect(countWords("I'd say $54,000 to $61,000 a year.")).toBe(7);
    expect(countWords('   ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never says less than one', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes(Array.from({ length: WORDS_PER_MINUTE * 3 }, () => 'word').join(' '))).toBe(3);
  });
});
