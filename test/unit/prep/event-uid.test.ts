import { describe, expect, it } from 'vitest';
import { EVENT_UID_DOMAIN, newEventUid } from '../../../src/lib/prep/event-uid.ts';

describe('newEventUid', () => {
  it('uses crypto.randomUUID where there is one', () => {
    expect(newEventUid({ randomUUID: () => 'abc-123' })).toBe(`abc-123@${EVENT_UID_DOMAIN}`);
  });

  it('falls back to the time and some noise without it', () => {
    expect(newEventUid({}, 1_700_000_000_000, 0.5)).toBe(`1700000000000-${(0.5).toString(36).slice(2)}@${EVENT_UID_DOMAIN}`);
  });

  it('makes a different UID each time by default', () => {
    expect(newEventUid()).not.toBe(newEventUid());
    expect(newEventUid()).toMatch(/@phone-screen-guide$/);
  });
});
