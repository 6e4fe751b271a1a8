import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  it('writes the month in words, the day and the year, American style, in UTC whatever the local zone', () => {
    expect(formatDate(new Date('2025-04-02T23:30:00Z'))).toBe('April 2, 2025');
    expect(formatDate(new Date('2026-12-03T00:00:00Z'))).toBe('December 3, 2026');
  });
});

describe('isoDate', () => {
  it('gives the UTC calendar date as YYYY-MM-DD', () => {
    expect(isoDate(new Date('2026-12-03T23:59:59Z'))).toBe('2026-12-03');
    expect(isoDate(new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
});
