import { describe, expect, it } from 'vitest';
import { checkPrep, missingForCalendar } from '../../../src/lib/prep/validate.ts';

const now = new Date('2026-05-10T15:00:00.000Z');
const base = { date: '', time: '', timeZone: 'America/Chicago', phone: '' };

describe('prep sheet checks', () => {
  it('finds no errors in an empty sheet', () => {
    expect(checkPrep(base, now)).toEqual({ errors: {}, dateReads: null, timeReads: null, start: null });
  });

  it('works out the start of a future call and says how it read the date', () => {
    const result = checkPrep({ ...base, date: '5/14/2026', time: '2:30 pm', phone: '+1 (555) 010-0199' }, now);
    expect(result.errors).toEqual({});
    expect(result.dateReads).toBe('Thursday, May 14, 2026');
    expect(result.timeReads).toBe('2:30 pm');
    expect(result.start?.toISOString()).toBe('2026-05-14T19:30:00.000Z');
  });

  it('flags an impossible date, an impossible time and a phone number with letters, each on its own field', () => {
    const result = checkPrep({ ...base, date: '2026-02-30', time: '25:10', phone: 'call me' }, now);
    expect(Object.keys(result.errors).sort()).toEqual(['date', 'phone', 'time']);
    expect(result.start).toBeNull();
  });

  it('flags a date that has passed', () => {
    expect(checkPrep({ ...base, date: '2026-05-09' }, now).errors.date).toBe('Saturday, May 9, 2026 has already passed. Check the date of the call.');
  });

  it('flags a time earlier today, judged in the call’s time zone', () => {
    // 15:00 UTC is 10:00 in Chicago.
    expect(checkPrep({ ...base, date: '2026-05-10', time: '9:30 am' }, now).errors.time).toMatch(/already passed/);
    expect(checkPrep({ ...base, date: '2026-05-10', time: '10:30 am' }, now).start?.toISOString()).toBe('2026-05-10T15:30:00.000Z');
  });

  it('flags an unknown time zone', () => {
    expect(checkPrep({ ...base, timeZone: 'Nowhere/Special' }, now).errors.timeZone).toMatch(/don’t know the time zone/);
  });

  it('names what a calendar reminder still needs', () => {
    expect(Object.keys(missingForCalendar({ date: '', time: ' ', timeZone: '' })).sort()).toEqual(['date', 'time', 'timeZone']);
    expect(missingForCalendar({ date: '2026-05-14', time: '14:00', timeZone: 'UTC' })).toEqual({});
  });
});
