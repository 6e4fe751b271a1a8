/** Checks the prep sheet's date, time, zone and phone number, and works out when the call starts. */
import { checkPhone } from './phone.ts';
import {
  compareDates,
  describeDate,
  formatWallTime,
  isValidTimeZone,
  parseDate,
  parseTime,
  todayIn,
  zonedToUtc,
  type CalendarDate,
  type WallTime,
} from './date-time.ts';
import type { PrepRecord } from './stored-record.ts';

/** The fields that can be wrong. */
export type CheckedField = 'date' | 'time' | 'timeZone' | 'phone';

/** What the checks found. */
export interface PrepCheck {
  /** A message for each field that is filled in and wrong. Empty fields are not errors here. */
  errors: Partial<Record<CheckedField, string>>;
  /** How the date was read, e.g. "Thursday, May 14, 2026", to show under the field. */
  dateReads: string | null;
  /** How the time was read, e.g. "2:30 pm". */
  timeReads: string | null;
  /** When the call starts, once date, time and zone are all valid and in the future. */
  start: Date | null;
}

/** Checks what the reader typed; `now` is injected so tests can fix the day. */
export function checkPrep(record: Pick<PrepRecord, 'date' | 'time' | 'timeZone' | 'phone'>, now: Date): PrepCheck {
  const errors: PrepCheck['errors'] = {};
  let date: CalendarDate | null = null;
  let time: WallTime | null = null;

  const zoneOk = isValidTimeZone(record.timeZone);
  if (record.timeZone.trim() && !zoneOk) errors.timeZone = `We don’t know the time zone “${record.timeZone}”. Pick one from the list.`;

  if (record.date.trim()) {
    const parsed = parseDate(record.date);
    if (parsed.ok) date = parsed.value;
    else errors.date = parsed.message;
  }
  if (record.time.trim()) {
    const parsed = parseTime(record.time);
    if (parsed.ok) time = parsed.value;
    else errors.time = parsed.message;
  }
  if (record.phone.trim()) {
    const phone = checkPhone(record.phone);
    if (!phone.ok) errors.phone = phone.message;
  }

  let start: Date | null = null;
  if (date && zoneOk && compareDates(date, todayIn(record.timeZone, now)) < 0) {
    errors.date = `${describeDate(date)} has already passed. Check the date of the call.`;
  } else if (date && time && zoneOk) {
    const instant = zonedToUtc(date, time, record.timeZone);
    if (!instant.ok) errors.time = instant.message;
    else if (instant.value.getTime() <= now.getTime()) errors.time = `${formatWallTime(time)} today has already passed. Check the time of the call.`;
    else start = instant.value;
  }

  return { errors, dateReads: date ? describeDate(date) : null, timeReads: time ? formatWallTime(time) : null, start };
}

/** What's missing before a calendar reminder can be made, as messages per field (on top of checkPrep's errors). */
export function missingForCalendar(record: Pick<PrepRecord, 'date' | 'time' | 'timeZone'>): Partial<Record<CheckedField, string>> {
  const missing: Partial<Record<CheckedField, string>> = {};
  if (!record.date.trim()) missing.date = 'Add the date of the call to make a calendar reminder.';
  if (!record.time.trim()) missing.time = 'Add the time of the call to make a calendar reminder.';
  if (!record.timeZone.trim()) missing.timeZone = 'Pick the time zone the call time is in.';
  return missing;
}
