/** How the prep sheet's fields read and how much they take: labels, limits and the blank test the form uses. */
import type { CallerType, PrepRecord } from './stored-record.ts';

/** How each kind of caller reads on the sheet. */
export const CALLER_TYPE_LABELS: Record<CallerType, string> = {
  recruiter: 'Recruiter',
  hr: 'HR',
  'hiring-manager': 'Hiring manager',
  executive: 'Executive (founder, COO…)',
};

/** The most questions the sheet keeps, so it still prints on one page. */
export const MAX_ASK_QUESTIONS = 5;

/** Longest text each field accepts (also the inputs' maxlength), chosen so a full sheet prints on one page. */
export const FIELD_LIMITS = {
  short: 100,
  phone: 40,
  pitch: 600,
  match: 200,
  salary: 120,
  question: 200,
} as const;

/** The text fields a form input edits directly. */
export type PrepTextField = keyof Pick<
  PrepRecord,
  'company' | 'role' | 'callerName' | 'callerTitle' | 'date' | 'time' | 'timeZone' | 'phone' | 'pitch' | 'salary' | 'walkAway'
>;

/** True when the reader has typed anything at all, so a prefill never overwrites their words. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
