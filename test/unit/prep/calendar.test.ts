import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFileName, describeCaller, prepCalendar } from '../../../src/lib/prep/calendar.ts';
import { emptyPrepRecord, type PrepRecord } from '../../../src/lib/prep/stored-record.ts';

const record: PrepRecord = {
  ...emptyPrepRecord(),
  company: 'Acme, Inc.',
  role: 'IT Support Specialist',
  callerName: 'Dana Whitfield',
  callerTitle: 'COO',
  callerType: 'executive',
  phone: '+1 (555) 010-0199',
  salary: '$52,000 to $58,000 a year',
  timeZone: 'America/Chicago',
};

describe('calendar reminder for the call', () => {
  const text = prepCalendar(record, new Date('2026-05-14T19:30:00.000Z'), { uid: 'u-1@phone-screen-guide', now: new Date('2026-05-10T00:00:00.000Z') });
  const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);

  it('puts the company and the number in the description, escaped and parsed back intact', () => {
    expect(ev.summary).toBe('Phone screen: Acme, Inc.');
    expect(ev.description).toContain('Phone screen with Acme, Inc. for the IT Support Specialist role.');
    expect(ev.description).toContain('They will call from: +1 (555) 010-0199.');
    expect(ev.description).toContain('Caller: Dana Whitfield, COO (Executive (founder, COO…)).');
    expect(ev.description).toContain('Your range: $52,000 to $58,000 a year.');
    expect(text).toContain('Acme\\, Inc.');
  });

  it('blocks 30 minutes from the start, with a reminder 15 minutes before', () => {
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-05-14T19:30:00.000Z');
    expect(ev.duration.toSeconds()).toBe(30 * 60);
    const trigger = ev.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-900);
    expect(ev.uid).toBe('u-1@phone-screen-guide');
  });

  it('still makes a sensible event from a nearly empty sheet', () => {
    const bare = new ICAL.Event(
      new ICAL.Component(ICAL.parse(prepCalendar(emptyPrepRecord(), new Date('2026-05-14T19:30:00.000Z'), { uid: 'u', now: new Date() }))).getFirstSubcomponent(
        'vevent',
      )!,
    );
    expect(bare.summary).toBe('Phone screen');
    expect(bare.description).toBe('Phone screen.\nHave your prep sheet, resume and the job posting in front of you. Answer with your name.');
    expect(bare.location).toBe('Phone call');
  });

  it('describes the caller from whatever is known', () => {
    expect(describeCaller({ callerName: '', callerTitle: '', callerType: 'hr' })).toBe('HR');
    expect(describeCaller({ callerName: 'Sam', callerTitle: '', callerType: '' })).toBe('Sam');
    expect(describeCaller({ callerName: '', callerTitle: '', callerType: '' })).toBe('');
  });

  it('names the file after the company, safely', () => {
    expect(calendarFileName('Acme, Inc.')).toBe('phone-screen-acme-inc.ics');
    expect(calendarFileName('Café Zürich / Ops')).toBe('phone-screen-cafe-zurich-ops.ics');
    expect(calendarFileName('  ')).toBe('phone-screen.ics');
    expect(calendarFileName('../../etc')).toBe('phone-screen-etc.ics');
  });
});
