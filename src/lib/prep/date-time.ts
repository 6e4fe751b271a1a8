/**
 * Reading the call's date, time and time zone as people type them, and turning them into one instant.
 * Every failure is a sentence for the reader, never NaN or an exception.
 */

/** A calendar date. Months run 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time, 24-hour. */
export interface WallTime {
  hour: number;
  minute: number;
}

/** A parse that worked, or the message to show next to the field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days in a month, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month from its name or its first three letters ("sep", "Sept", "September"); 0 when unknown. */
function monthFromName(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower) || (lower === 'sept' && m === 'september')) + 1;
}

const DATE_HINT = 'Write the date like 5/14/2026, May 14, 2026 or 2026-05-14.';

/**
 * Reads a date written as 2026-05-14, 5/14/2026 (US order), 14 May 2026 or May 14, 2026.
 * Impossible dates such as 30 February are caught and named.
 */
export function parseDate(text: string): Parsed<CalendarDate> {
  const t = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = t.match(/^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})$/i))) [day, month, year] = [Number(m[1]), monthFromName(m[2]!), Number(m[3])];
  else if ((m = t.match(/^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i))) [month, day, year] = [monthFromName(m[1]!), Number(m[2]), Number(m[3])];
  else return { ok: false, message: DATE_HINT };

  if (month < 1 || month > 12) return { ok: false, message: `There’s no month ${month === 0 ? 'by that name' : month}. ${DATE_HINT}` };
  if (year < 2000 || year > 2100) return { ok: false, message: `Check the year: ${year} doesn’t look right.` };
  if (day < 1 || day > daysInMonth(year, month))
    return {
      ok: false,
      message: `There’s no ${day} ${MONTH_NAMES[month - 1]} ${year}: that month has ${daysInMonth(year, month)} days. Check the day and month.`,
    };
  return { ok: true, value: { year, month, day } };
}

const TIME_HINT = 'Write the time like 14:30 or 2:30 pm.';

/** Reads a time written as 14:30, 9:05, 2:30 pm, 2pm, 2.30 p.m. or noon. Impossible times such as 25:00 are caught. */
export function parseTime(text: string): Parsed<WallTime> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'noon' || t === 'midday') return { ok: true, value: { hour: 12, minute: 0 } };
  if (t === 'midnight') return { ok: true, value: { hour: 0, minute: 0 } };
  const m = t.match(/^(\d{1,2})(?:[:.h](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?$/);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { ok: false, message: TIME_HINT };
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[3]?.replace(/\./g, '');
  if (minute > 59) return { ok: false, message: `There’s no minute ${minute} in an hour. ${TIME_HINT}` };
  if (meridiem) {
    if (hour < 1 || hour > 12) return { ok: false, message: `There’s no ${hour} ${meridiem}. ${TIME_HINT}` };
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hour > 23) return { ok: false, message: `There’s no ${hour}:${String(minute).padStart(2, '0')} on a clock. ${TIME_HINT}` };
  return { ok: true, value: { hour, minute } };
}

/** True when the browser (or Node) knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a zone, as if that reading were UTC (for offset arithmetic). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * The instant a wall-clock date and time happen in a zone, or a message when the clock skips that time
 * (the hour lost when daylight saving starts). An hour that happens twice resolves to the first.
 */
export function zonedToUtc(date: CalendarDate, time: WallTime, timeZone: string): Parsed<Date> {
  const wall = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const firstOffset = wallClockAsUtc(wall, timeZone) - wall;
  let instant = wall - firstOffset;
  const secondOffset = wallClockAsUtc(instant, timeZone) - instant;
  if (secondOffset !== firstOffset) {
    const candidate = wall - secondOffset;
    if (wallClockAsUtc(candidate, timeZone) === wall) instant = candidate;
  }
  // Prefer the earlier of two readings when clocks go back.
  const earlier = instant - 3_600_000;
  if (wallClockAsUtc(earlier, timeZone) === wall) instant = earlier;
  if (wallClockAsUtc(instant, timeZone) !== wall)
    return {
      ok: false,
      message: `Clocks change at that time in ${timeZone.replace(/_/g, ' ')}, so ${formatWallTime(time)} doesn’t happen that day. Pick another time.`,
    };
  return { ok: true, value: new Date(instant) };
}

/** "Thursday, May 14, 2026" (the U.S. way), so the reader can see how their date was read. */
export function describeDate(date: CalendarDate): string {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return `${DAY_NAMES[weekday]}, ${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`;
}

/** "2:30 pm" style, the way the call will be spoken of. */
export function formatWallTime(time: WallTime): string {
  const hour12 = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${hour12}:${String(time.minute).padStart(2, '0')} ${time.hour < 12 ? 'am' : 'pm'}`;
}

/** Today's date in a zone. */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  const wall = new Date(wallClockAsUtc(now.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** Compares two calendar dates: negative when a is earlier. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
