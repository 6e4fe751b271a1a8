import { describe, expect, it } from 'vitest';
import { letterFirstId } from '../../../src/lib/content/heading-id.ts';

describe('heading ids', () => {
  it('keeps ids that start with a letter', () => {
    expect(letterFirstId('what-to-do')).toBe('what-to-do');
  });
  it('prefixes ids that start with a digit or hyphen', () => {
    expect(letterFirstId('1-research-a-range')).toBe('step-1-research-a-range');
    expect(letterFirstId('-odd')).toBe('step-odd');
  });
});
