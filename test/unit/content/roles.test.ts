import { describe, expect, it } from 'vitest';
import { appliesToRole, questionSlug } from '../../../src/lib/content/roles.ts';

describe('appliesToRole', () => {
  it('matches a tagged track, "any" on the question, and every question for the "any" track', () => {
    expect(appliesToRole(['developer'], 'developer')).toBe(true);
    expect(appliesToRole(['any'], 'security')).toBe(true);
    expect(appliesToRole(['support'], 'any')).toBe(true);
    expect(appliesToRole(['support', 'it'], 'data')).toBe(false);
  });
});

describe('questionSlug', () => {
  it('drops the purpose folder from an entry id', () => {
    expect(questionSlug('salary/what-salary-are-you-looking-for')).toBe('what-salary-are-you-looking-for');
    expect(questionSlug('no-folder')).toBe('no-folder');
  });
});
