import { describe, expect, it } from 'vitest';
import { PracticeDataSchema } from '../../../src/lib/practice/data.ts';
import { practiceData, toPracticeQuestion } from '../../../src/lib/practice/from-bank.ts';

const entry = {
  id: 'interest/why-us',
  body: '## Strong and weak answers\n<StrongAnswer why="Specific.">\n"I read about your **on-call** rotation."\n</StrongAnswer>\n<WeakAnswer why="x">"Money."</WeakAnswer>',
  data: {
    prompt: 'Why do you want to work here?',
    purpose: 'interest' as const,
    roles: ['any' as const],
    difficulty: 'easy' as const,
    targetSeconds: 60,
    strongPoints: ['Names one specific thing', 'Links it to you', 'Short'],
    followUps: [],
    screenSlot: 'why-company' as const,
  },
};

describe('drill data from the bank', () => {
  it('carries the frontmatter and the sample answer from the body', () => {
    const q = toPracticeQuestion(entry, '/questions/interest/why-us/');
    expect(q).toEqual({ ...entry.data, id: 'interest/why-us', href: '/questions/interest/why-us/', sample: '“I read about your on-call rotation.”' });
  });

  it('has a null sample and no slot when the entry has neither', () => {
    const q = toPracticeQuestion({ id: 'fit/x', data: { ...entry.data, purpose: 'fit', screenSlot: undefined } }, '/x/');
    expect(q.sample).toBeNull();
    expect('screenSlot' in q).toBe(false);
  });

  it('lists help for every purpose: hub first, then its guides', () => {
    const data = practiceData([toPracticeQuestion(entry, '/q/')], { interest: { title: 'Interest hub', href: '/questions/interest/' } }, [
      { title: 'Why this company', href: '/guides/why-this-company-and-your-goals/', purposes: ['interest'] },
      { title: 'Salary', href: '/guides/salary-expectations/', purposes: ['salary'] },
    ]);
    expect(data.help.interest).toEqual([
      { title: 'Interest hub', href: '/questions/interest/' },
      { title: 'Why this company', href: '/guides/why-this-company-and-your-goals/' },
    ]);
    expect(data.help.salary).toEqual([{ title: 'Salary', href: '/guides/salary-expectations/' }]);
    expect(data.help.fit).toEqual([]);
    expect(PracticeDataSchema.parse(data)).toEqual(data);
  });
});
