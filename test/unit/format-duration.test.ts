import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/lib/format-duration.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [90, '1 minute 30 seconds'],
    [121, '2 minutes 1 second'],
    [59.6, '1 minute'],
    [-5, '0 seconds'],
  ])('%s seconds reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
