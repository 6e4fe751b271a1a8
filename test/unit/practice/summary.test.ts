import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/practice/summary.ts';

describe('drill summary', () => {
  const results = [
    { id: 'communication/tell', prompt: 'Tell me about yourself.', purpose: 'communication', targetSeconds: 90, seconds: 120, rating: 'okay' },
    { id: 'salary/range', prompt: 'Salary?', purpose: 'salary', targetSeconds: 45, seconds: 30, rating: 'needs-work' },
    { id: 'details/gap', prompt: 'The gap?', purpose: 'details', targetSeconds: 60, seconds: null, rating: null },
    { id: 'interest/why', prompt: 'Why us?', purpose: 'interest', targetSeconds: 60, seconds: 10, rating: 'strong' },
  ] as const;

  it('judges each answer’s time against its target', () => {
    expect(summarize(results).rows.map((r) => r.verdict)).toEqual(['over', 'on-target', 'untimed', 'short']);
  });

  it('lists the purposes that need work in the site’s order, counting unrated answers', () => {
    const summary = summarize(results);
    expect(summary.needsWork).toEqual(['details', 'salary']);
    expect(summary.retryIds).toEqual(['salary/range', 'details/gap']);
    expect(summary.counts).toEqual({ 'needs-work': 1, okay: 1, strong: 1, unrated: 1 });
  });

  it('has nothing to work on when every answer was strong or okay', () => {
    const summary = summarize(results.filter((r) => r.rating === 'okay' || r.rating === 'strong'));
    expect(summary.needsWork).toEqual([]);
    expect(summary.retryIds).toEqual([]);
  });
});
