import { describe, expect, it } from 'vitest';
import { FILTER_GROUPS, hasFilters, isFilterValue, parseFilters, toPagefindFilters, toggleFilter } from '../../../src/lib/search/filters.ts';
import { PURPOSE_IDS, STAGE_IDS } from '../../../src/lib/purposes.ts';

describe('search filters', () => {
  it('offers a chip for every type, purpose and stage', () => {
    expect(FILTER_GROUPS.map((g) => g.key)).toEqual(['type', 'purpose', 'stage']);
    expect(FILTER_GROUPS[0]!.options.map((o) => o.value)).toEqual(['Guide', 'Question', 'Topic', 'Tool']);
    expect(FILTER_GROUPS[1]!.options.map((o) => o.value)).toEqual([...PURPOSE_IDS]);
    expect(FILTER_GROUPS[2]!.options.map((o) => o.value)).toEqual([...STAGE_IDS]);
    expect(FILTER_GROUPS[2]!.options[0]!.label).toBe('Before the call');
  });

  it('accepts only known values', () => {
    expect(isFilterValue('type', 'Guide')).toBe(true);
    expect(isFilterValue('type', 'guide')).toBe(false);
    expect(isFilterValue('purpose', 'salary')).toBe(true);
    expect(isFilterValue('stage', 'later')).toBe(false);
    expect(isFilterValue('stage', null)).toBe(false);
  });

  it('parses loose input, dropping unknown values', () => {
    const values: Record<string, string> = { type: 'Question', purpose: 'money', stage: 'after' };
    expect(parseFilters((key) => values[key])).toEqual({ type: 'Question', stage: 'after' });
    expect(parseFilters(() => null)).toEqual({});
  });

  it('toggles a chip on, swaps it within its group, and off again', () => {
    const on = toggleFilter({}, 'purpose', 'salary');
    expect(on).toEqual({ purpose: 'salary' });
    const swapped = toggleFilter({ ...on, type: 'Guide' }, 'purpose', 'fit');
    expect(swapped).toEqual({ type: 'Guide', purpose: 'fit' });
    expect(toggleFilter(swapped, 'purpose', 'fit')).toEqual({ type: 'Guide' });
    expect(toggleFilter({}, 'stage', 'someday')).toEqual({});
  });

  it('does not change the filters it was given', () => {
    const filters = { type: 'Guide' as const };
    toggleFilter(filters, 'type', 'Guide');
    expect(filters).toEqual({ type: 'Guide' });
  });

  it('knows whether anything is filtered, and hands Pagefind only what is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ stage: 'during' })).toBe(true);
    expect(toPagefindFilters({ type: 'Tool', stage: 'before' })).toEqual({ type: 'Tool', stage: 'before' });
    expect(toPagefindFilters({})).toEqual({});
  });
});
