import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine, formatUtc, type CalendarEvent } from '../../../src/lib/ics/ics.ts';

const event: CalendarEvent = {
  uid: 'abc-123@phone-screen-guide',
  stamp: new Date('2026-05-01T09:00:00.000Z'),
  start: new Date('2026-05-14T18:30:00.000Z'),
  end: new Date('2026-05-14T19:00:00.000Z'),
  summary: 'Phone screen: Acme, Inc; Support',
  description: 'Line one\nBack\\slash; semi, comma\nThey will call from: +1 (555) 010-0199',
  location: 'Phone call',
  alarmMinutesBefore: 15,
};

/** Octet length of each physical line of a file. */
const lineOctets = (text: string) => text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'));

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, ev: new ICAL.Event(vevent) };
}

describe('iCalendar text escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('line folding', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets with CRLF and a leading space', () => {
    const folded = foldLine(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lineOctets(folded).every((n) => n <= 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'x'.repeat(200)}`);
  });

  it('never splits a multi-byte character and counts octets, not characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        expect(lineOctets(folded).every((n) => n <= 75)).toBe(true);
        const unfolded = folded.replace(/\r\n /g, '');
        expect(unfolded).toBe(line);
        // A character split across lines would leave half a surrogate pair, which UTF-8 cannot carry: every physical
        // line must survive encoding unchanged. (The text itself may hold U+FFFD; that is not a split.)
        for (const physical of folded.split('\r\n')) expect(Buffer.from(physical, 'utf8').toString('utf8')).toBe(physical);
      }),
    );
  });
});

describe('calendar file', () => {
  const text = buildCalendar(event);

  it('is CRLF throughout, ends with CRLF, and no line is over 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Math.max(...lineOctets(text))).toBeLessThanOrEqual(75);
  });

  it('has the required calendar and event properties', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).toContain('\r\nDTSTART:20260514T183000Z\r\n');
    expect(text).toContain('\r\nDTSTAMP:20260501T090000Z\r\n');
    expect(text).toContain('\r\nUID:abc-123@phone-screen-guide\r\n');
  });

  it('parses back with ical.js to the same values', () => {
    const { calendar, vevent, ev } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(ev.uid).toBe(event.uid);
    expect(ev.summary).toBe(event.summary);
    expect(ev.description).toBe(event.description);
    expect(ev.location).toBe('Phone call');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-05-14T18:30:00.000Z');
    expect(ev.startDate.zone?.tzid).toBe('UTC');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-05-14T19:00:00.000Z');
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe('2026-05-01T09:00:00.000Z');
  });

  it('has a display alarm 15 minutes before the start', () => {
    const { vevent } = parse(text);
    const alarm = vevent.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-15 * 60);
  });

  it('leaves the alarm out when none is asked for', () => {
    const { vevent } = parse(buildCalendar({ ...event, alarmMinutesBefore: undefined, location: undefined }));
    expect(vevent.getFirstSubcomponent('valarm')).toBeNull();
    expect(vevent.getFirstPropertyValue('location')).toBeNull();
  });

  it('round-trips any summary and description through a real parser (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 400 }), (summary, description) => {
        const file = buildCalendar({ ...event, summary, description });
        expect(Math.max(...lineOctets(file))).toBeLessThanOrEqual(75);
        const { ev } = parse(file);
        // iCalendar has one kind of line break: CR LF and lone CR come back as LF.
        expect(ev.summary).toBe(summary.replace(/\r\n|\r/g, '\n'));
        expect(ev.description ?? '').toBe(description.replace(/\r\n|\r/g, '\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('formats UTC times without separators or milliseconds', () => {
    expect(formatUtc(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
  });
});
