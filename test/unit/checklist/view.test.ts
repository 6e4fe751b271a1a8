import { describe, expect, it } from 'vitest';
import { shapeOf, toChecklistView, type ChecklistSource } from '../../../src/lib/checklist/view.ts';

const source: ChecklistSource = {
  id: 'day-before',
  data: {
    title: 'The day before the call',
    when: 'The evening before',
    items: [
      { id: 'salary-range', label: 'Work out your salary range', why: 'A range beats a guess.', guide: 'salary-expectations' },
      { id: 'resume-and-posting', label: 'Open your resume and the posting', guide: 'set-up-for-the-call' },
      { id: 'sleep', label: 'Get some sleep', guide: 'not-written-yet' },
      { id: 'water', label: 'Have water nearby' },
    ],
  },
};
const titles: Record<string, string> = { 'salary-expectations': 'Answer the salary question', 'set-up-for-the-call': 'Set up for the call' };

describe('checklist view', () => {
  it('turns content into island props, with guide links named by their titles', () => {
    const view = toChecklistView(source, (slug) => titles[slug]);
    expect(view).toEqual({
      id: 'day-before',
      title: 'The day before the call',
      when: 'The evening before',
      items: [
        {
          id: 'salary-range',
          label: 'Work out your salary range',
          why: 'A range beats a guess.',
          guide: { href: '/guides/salary-expectations/', title: 'Answer the salary question' },
        },
        { id: 'resume-and-posting', label: 'Open your resume and the posting', guide: { href: '/guides/set-up-for-the-call/', title: 'Set up for the call' } },
        { id: 'sleep', label: 'Get some sleep', guide: { href: '/guides/not-written-yet/', title: 'Read the guide' } },
        { id: 'water', label: 'Have water nearby' },
      ],
    });
    // Plain data only: it must survive being serialised into the page.
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('leaves out links to the page the list is embedded in', () => {
    const view = toChecklistView(source, (slug) => titles[slug], '/guides/set-up-for-the-call/');
    expect(view.items.map((item) => item.guide?.href)).toEqual(['/guides/salary-expectations/', undefined, '/guides/not-written-yet/', undefined]);
  });

  it('gives the model the list id and item ids in order', () => {
    expect(shapeOf(toChecklistView(source, () => undefined))).toEqual({ id: 'day-before', itemIds: ['salary-range', 'resume-and-posting', 'sleep', 'water'] });
  });
});
