/** The calendar download, loaded only when the reader asks for it: builds the .ics text and saves it. */
import { REMINDER_MINUTES, calendarFileName, prepCalendar } from '../lib/prep/calendar.ts';
import type { PrepRecord } from '../lib/prep/stored-record.ts';
import { downloadText } from './download.ts';

/** Downloads the call as an .ics file and returns the sentence saying what happened. */
export function downloadCalendar(sheet: PrepRecord, start: Date, uid: string): string {
  const name = calendarFileName(sheet.company);
  downloadText(name, prepCalendar(sheet, start, { uid, now: new Date() }), 'text/calendar');
  return `Downloaded ${name}. Open it to add the call to your calendar, with a reminder ${REMINDER_MINUTES} minutes before.`;
}
