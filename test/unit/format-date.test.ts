import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it('writes the day, the month in words and the year, in UTC whatever the local zone', () => {
    const text = formatDate(new Date('2025-04-02T23:30:00Z'));
    expect(text).toMatch(/\b2\b/);
    expect(text).toContain('April');
    expect(text).toContain('2025');
    expect(text).not.toMatch(/\b3\b/);
  });
});

describe('isoDate', () => {
  it('gives the UTC calendar date as YYYY-MM-DD', () => {
    expect(isoDate(new Date('2026-12-03T23:59:59Z'))).toBe('2026-12-03');
    expect(isoDate(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
});
