import { describe, expect, it } from 'vitest';
import { COMMON_TIME_ZONES, allZones, browserZone, zoneLabel } from '../../../src/lib/prep/time-zones.ts';

describe('browserZone', () => {
  it('is the runtime’s zone, or UTC when it gives none or throws', () => {
    expect(browserZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const says = (timeZone: string) => ({ DateTimeFormat: (() => ({ resolvedOptions: () => ({ timeZone }) })) as unknown as typeof Intl.DateTimeFormat });
    expect(browserZone(says('America/Chicago'))).toBe('America/Chicago');
    expect(browserZone(says(''))).toBe('UTC');
    expect(
      browserZone({
        DateTimeFormat: (() => {
          throw new RangeError('no');
        }) as unknown as typeof Intl.DateTimeFormat,
      }),
    ).toBe('UTC');
  });
});

describe('allZones', () => {
  it('lists every zone the runtime knows, or the common ones where it can’t list them', () => {
    expect(allZones(COMMON_TIME_ZONES)).toContain('America/New_York');
    expect(allZones(COMMON_TIME_ZONES).length).toBeGreaterThan(COMMON_TIME_ZONES.length);
    expect(allZones(COMMON_TIME_ZONES, {})).toEqual([...COMMON_TIME_ZONES]);
  });
});

describe('zoneLabel', () => {
  it('shows underscores as spaces', () => {
    expect(zoneLabel('America/New_York')).toBe('America/New York');
    expect(zoneLabel('UTC')).toBe('UTC');
  });
});
