/**
 * A minimal iCalendar (RFC 5545) writer: one VEVENT with an alarm, escaped and folded correctly, made in
 * the browser so nothing the reader typed leaves it.
 */

/** One calendar event. Times are instants, written in UTC so no VTIMEZONE is needed. */
export interface CalendarEvent {
  /** Globally unique and stable, so importing a newer file updates the same event. */
  uid: string;
  /** When the file was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string;
  /** Minutes before the start to remind; no alarm when left out. */
  alarmMinutesBefore?: number;
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1), continuation lines starting
 * with one space. It splits between characters, never inside a multi-byte one.
 */
export function foldLine(line: string, limit = 75): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char.codePointAt(0)!);
    if (size + length > limit) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += length;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An instant as an iCalendar UTC DATE-TIME, e.g. 20260514T183000Z. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The whole calendar file for one event, lines ending in CRLF as the standard requires. */
export function buildCalendar(event: CalendarEvent, productId = '-//Phone Screen Guide//Call prep sheet//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.alarmMinutesBefore !== undefined
      ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${event.alarmMinutesBefore}M`, 'END:VALARM']
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map((line) => foldLine(line)).join('\r\n')}\r\n`;
}
