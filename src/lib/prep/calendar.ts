/** Turns the prep sheet into a calendar reminder: what the event says, and what the file is called. */
import { buildCalendar } from '../ics/ics.ts';
import { CALLER_TYPE_LABELS } from './sheet-fields.ts';
import type { PrepRecord } from './stored-record.ts';

/** A phone screen is usually 15 to 30 minutes; the event blocks 30. */
export const CALL_MINUTES = 30;

/** The reminder fires this long before the call: time to get somewhere quiet with the sheet in hand. */
export const REMINDER_MINUTES = 15;

/** Who is calling, in one phrase, e.g. "Sam Lee, Talent Partner (Recruiter)"; empty when unknown. */
export function describeCaller(record: Pick<PrepRecord, 'callerName' | 'callerTitle' | 'callerType'>): string {
  const who = [record.callerName.trim(), record.callerTitle.trim()].filter(Boolean).join(', ');
  const type = record.callerType ? CALLER_TYPE_LABELS[record.callerType] : '';
  if (who && type) return `${who} (${type})`;
  return who || type;
}

/** The text of the calendar file for a call starting at `start`. */
export function prepCalendar(record: PrepRecord, start: Date, options: { uid: string; now: Date }): string {
  const company = record.company.trim();
  const role = record.role.trim();
  const phone = record.phone.trim();
  const caller = describeCaller(record);
  const description = [
    `Phone screen${company ? ` with ${company}` : ''}${role ? ` for the ${role} role` : ''}.`,
    caller && `Caller: ${caller}.`,
    phone && `They will call from: ${phone}. Save it in your contacts so you recognize the call.`,
    record.salary.trim() && `Your range: ${record.salary.trim()}.`,
    'Have your prep sheet, resume and the job posting in front of you. Answer with your name.',
  ]
    .filter(Boolean)
    .join('\n');
  return buildCalendar({
    uid: options.uid,
    stamp: options.now,
    start,
    end: new Date(start.getTime() + CALL_MINUTES * 60_000),
    summary: company ? `Phone screen: ${company}` : 'Phone screen',
    description,
    location: phone ? `Phone call from ${phone}` : 'Phone call',
    alarmMinutesBefore: REMINDER_MINUTES,
  });
}

/** A safe file name, e.g. `phone-screen-acme-corp.ics`. */
export function calendarFileName(company: string): string {
  const slug = company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug ? `phone-screen-${slug}.ics` : 'phone-screen.ics';
}
