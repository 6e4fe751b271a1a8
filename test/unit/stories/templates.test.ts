import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MESSAGE_TEMPLATES, PLACEHOLDERS, detailsFrom, fillTemplate, mailtoLink, type MessageDetails } from '../../../src/lib/stories/templates.ts';
import { parseDate } from '../../../src/lib/prep/date-time.ts';

const full: MessageDetails = { name: 'Sam Lee', company: 'Acme', role: 'Help desk analyst', caller: 'Dana', callDate: 'December 3, 2026' };

describe('template filling', () => {
  it('fills every slot of every template', () => {
    for (const template of MESSAGE_TEMPLATES) {
      const text = fillTemplate(`${template.subject} ${template.body}`, full);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(text).not.toContain('[your name]');
    }
    expect(fillTemplate('Hi {caller}, this is {name}.', full)).toBe('Hi Dana, this is Sam Lee.');
  });

  it('leaves a visible placeholder for missing or blank details, never "undefined"', () => {
    expect(fillTemplate('Hi {caller}, from {name} about {role} at {company} on {callDate}.', { name: '   ' })).toBe(
      `Hi ${PLACEHOLDERS.caller}, from ${PLACEHOLDERS.name} about ${PLACEHOLDERS.role} at ${PLACEHOLDERS.company} on ${PLACEHOLDERS.callDate}.`,
    );
  });

  it('never writes undefined, null or a raw slot, whatever the details (property)', () => {
    const detail = fc.option(fc.string({ maxLength: 30 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.constantFrom(...MESSAGE_TEMPLATES),
        fc.record({ name: detail, company: detail, role: detail, caller: detail, callDate: detail }),
        (template, details) => {
          const clean = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined && !/undefined|null|\{/.test(v)));
          const text = fillTemplate(template.body, clean);
          expect(text).not.toMatch(/undefined|null|\{(name|company|role|caller|callDate)\}/);
        },
      ),
    );
  });

  it('reads the prep sheet, writing the call date the American way', () => {
    expect(detailsFrom({ company: ' Acme ', role: 'Analyst', callerName: 'Dana', date: '2026-12-03' }, 'Sam', parseDate)).toEqual({
      name: 'Sam',
      company: 'Acme',
      role: 'Analyst',
      caller: 'Dana',
      callDate: 'December 3, 2026',
    });
    expect(detailsFrom({ company: '', role: '', callerName: '', date: 'next Tuesday' }, '', parseDate).callDate).toBe('next Tuesday');
    expect(detailsFrom(null, '', parseDate)).toEqual({ name: '', company: '', role: '', caller: '', callDate: '' });
  });

  it('the check-in keeps the guide’s timing and the salary fix spells out the risk', () => {
    const checkIn = MESSAGE_TEMPLATES.find((t) => t.id === 'check-in')!;
    expect(checkIn.when).toMatch(/two weeks/);
    expect(checkIn.guide).toBe('/guides/after-the-call/#pass-your-resume-on');
    const fix = MESSAGE_TEMPLATES.find((t) => t.id === 'salary-fix')!;
    expect(fix.risk).toMatch(/passed your first number on/);
    expect(fix.guide).toBe('/guides/salary-expectations/#fix-a-low-number-you-said');
  });

  it('builds a mailto: link with the subject and body encoded', () => {
    expect(mailtoLink('Hi & bye', 'Line 1\nLine 2')).toBe('mailto:?subject=Hi%20%26%20bye&body=Line%201%0ALine%202');
    expect(mailtoLink('', 'x')).toBe('mailto:?body=x');
  });
});
