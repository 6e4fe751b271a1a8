import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractSampleAnswer, extractStrongAnswers, questionsAskedIn } from '../../../src/lib/practice/sample-answer.ts';

const body = `
## Strong and weak answers

<AnswerCompare question="Why us?">
<StrongAnswer why="It's specific > generic, and short.">
"I use your **product** every day. I read [your blog post](https://example.com) on on-call.

And I'd like to _learn_ how the team handles it."
</StrongAnswer>
<WeakAnswer why="Vague.">
"You're hiring."
</WeakAnswer>
</AnswerCompare>
`;

describe('sample answer extraction', () => {
  it('takes the StrongAnswer text, without markup, keeping paragraphs', () => {
    expect(extractSampleAnswer(body)).toBe(
      `“I use your product every day. I read your blog post on on-call.\n\nAnd I’d like to learn how the team handles it.”`,
    );
  });

  it('ignores the weak answer and returns null when there is no strong one', () => {
    expect(extractSampleAnswer('<WeakAnswer why="x">"Um."</WeakAnswer>')).toBeNull();
    expect(extractSampleAnswer('<StrongAnswer why="never closed">"text"')).toBeNull();
    expect(extractSampleAnswer('')).toBeNull();
  });

  it('finds every strong answer, with or without attributes', () => {
    expect(extractStrongAnswers('<StrongAnswer>"One."</StrongAnswer> text <StrongAnswer why={"x"}>"Two."</StrongAnswer>')).toEqual(['“One.”', '“Two.”']);
  });

  it('reads the committed salary question’s sample answer', () => {
    const mdx = readFileSync('content/questions/salary/what-salary-are-you-looking-for.mdx', 'utf8');
    const sample = extractSampleAnswer(mdx);
    expect(sample).toMatch(/^“From what I’ve seen/);
    expect(sample).not.toMatch(/[<>]/);
    expect(sample).not.toMatch(/Um, honestly/);
  });
});

describe('questions a candidate asks', () => {
  it('lists the questions in an answer, tidied for a written list', () => {
    expect(questionsAskedIn('"Yes, thanks. What does a typical week look like? And how is the team set up for on-call? Is it remote?"')).toEqual([
      'What does a typical week look like?',
      'How is the team set up for on-call?',
    ]);
  });

  it('finds none in an answer without questions', () => {
    expect(questionsAskedIn('"I have no questions."')).toEqual([]);
  });
});
