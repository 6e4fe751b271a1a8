import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareDates,
  daysInMonth,
  describeDate,
  formatWallTime,
  isValidTimeZone,
  parseDate,
  parseTime,
  todayIn,
  zonedToUtc,
} from '../../../src/lib/prep/date-time.ts';

describe('reading a date', () => {
  it.each([
    ['2026-05-14', { year: 2026, month: 5, day: 14 }],
    ['2026-5-4', { year: 2026, month: 5, day: 4 }],
    ['5/14/2026', { year: 2026, month: 5, day: 14 }],
    ['14 May 2026', { year: 2026, month: 5, day: 14 }],
    ['14th Sept 2026', { year: 2026, month: 9, day: 14 }],
    ['May 14, 2026', { year: 2026, month: 5, day: 14 }],
    ['  feb 29 2028 ', { year: 2028, month: 2, day: 29 }],
  ])('reads %s', (text, value) => {
    expect(parseDate(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['2026-02-30', /no 30 February 2026: that month has 28 days/],
    ['2/29/2027', /no 29 February 2027/],
    ['4/31/2026', /no 31 April 2026: that month has 30 days/],
    ['2026-13-01', /no month 13/],
    ['14 Smarch 2026', /no month by that name/],
    ['1926-05-14', /Check the year/],
    ['tomorrow', /Write the date like/],
    ['14/05/2026', /no month 14/],
  ])('explains what is wrong with %s', (text, message) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('never throws and never returns an impossible date (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseDate(text);
        if (result.ok) {
          const { year, month, day } = result.value;
          expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
          expect(describeDate(result.value)).not.toMatch(/undefined|NaN/);
        } else expect(result.message.length).toBeGreaterThan(10);
      }),
    );
  });

  it('describes a date with its weekday', () => {
    expect(describeDate({ year: 2026, month: 5, day: 14 })).toBe('Thursday, May 14, 2026');
  });
});

describe('reading a time', () => {
  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['9:05', { hour: 9, minute: 5 }],
    ['2:30 pm', { hour: 14, minute: 30 }],
    ['2:30PM', { hour: 14, minute: 30 }],
    ['2 p.m.', { hour: 14, minute: 0 }],
    ['12 am', { hour: 0, minute: 0 }],
    ['12:15 pm', { hour: 12, minute: 15 }],
    ['noon', { hour: 12, minute: 0 }],
    ['10.45', { hour: 10, minute: 45 }],
  ])('reads %s', (text, value) => {
    expect(parseTime(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['25:00', /no 25:00/],
    ['10:75', /no minute 75/],
    ['13 pm', /no 13 pm/],
    ['0 am', /no 0 am/],
    ['9', /Write the time like/],
    ['half past two', /Write the time like/],
  ])('explains what is wrong with %s', (text, message) => {
    const result = parseTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('time zones', () => {
  it('knows real IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('turns a wall-clock time into the right instant, in and out of daylight saving', () => {
    const at = (date: string, time: string, zone: string) => {
      const [y, m, d] = date.split('-').map(Number);
      const [h, min] = time.split(':').map(Number);
      const r = zonedToUtc({ year: y!, month: m!, day: d! }, { hour: h!, minute: min! }, zone);
      return r.ok ? r.value.toISOString() : r.message;
    };
    expect(at('2026-05-14', '14:30', 'America/New_York')).toBe('2026-05-14T18:30:00.000Z');
    expect(at('2026-01-14', '14:30', 'America/New_York')).toBe('2026-01-14T19:30:00.000Z');
    expect(at('2026-07-01', '09:00', 'Europe/London')).toBe('2026-07-01T08:00:00.000Z');
    expect(at('2026-07-01', '09:00', 'Asia/Kolkata')).toBe('2026-07-01T03:30:00.000Z');
    expect(at('2026-07-01', '09:00', 'UTC')).toBe('2026-07-01T09:00:00.000Z');
    // Clocks go back on 1 November 2026 in New York: 1:30 happens twice; we take the first.
    expect(at('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    // Clocks go forward on 8 March 2026: 2:30 never happens.
    expect(at('2026-03-08', '02:30', 'America/New_York')).toMatch(/Clocks change at that time in America\/New York/);
  });

  it('finds today in a zone', () => {
    const now = new Date('2026-05-14T02:00:00.000Z');
    expect(todayIn('America/Los_Angeles', now)).toEqual({ year: 2026, month: 5, day: 13 });
    expect(todayIn('Asia/Tokyo', now)).toEqual({ year: 2026, month: 5, day: 14 });
  });
});

describe('formatWallTime', () => {
  it.each([
    [{ hour: 0, minute: 5 }, '12:05 am'],
    [{ hour: 9, minute: 30 }, '9:30 am'],
    [{ hour: 12, minute: 0 }, '12:00 pm'],
    [{ hour: 23, minute: 59 }, '11:59 pm'],
  ])('%o reads %s', (time, text) => {
    expect(formatWallTime(time)).toBe(text);
  });
});

describe('compareDates', () => {
  it('orders calendar dates by year, then month, then day', () => {
    expect(compareDates({ year: 2026, month: 5, day: 14 }, { year: 2026, month: 5, day: 14 })).toBe(0);
    expect(compareDates({ year: 2026, month: 5, day: 14 }, { year: 2026, month: 6, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2027, month: 1, day: 1 }, { year: 2026, month: 12, day: 31 })).toBeGreaterThan(0);
  });
});
