/**
 * The call prep sheet as it is kept in the browser. Every field is the text the reader typed, valid or
 * not, so a mistake never costs them their words. No zod here: the schema loads after first render.
 */
import type { PrepRecord } from './record-schema.ts';

export type { PrepRecord } from './record-schema.ts';

/** Where the prep sheet is kept. The key names the format family; `version` drives migrations. */
export const PREP_STORAGE_KEY = 'psg:prep:v1';

/** The record version this code writes. */
export const PREP_RECORD_VERSION = 1;

/** Who may be on the other end of the call. */
export const CALLER_TYPES = ['recruiter', 'hr', 'hiring-manager', 'executive'] as const;

/** One kind of caller. */
export type CallerType = (typeof CALLER_TYPES)[number];

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

/** A prep sheet with nothing filled in. The time zone is filled in from the browser after mount. */
export function emptyPrepRecord(): PrepRecord {
  return {
    version: PREP_RECORD_VERSION,
    company: '',
    role: '',
    callerName: '',
    callerTitle: '',
    callerType: '',
    date: '',
    time: '',
    timeZone: '',
    phone: '',
    pitch: '',
    matches: ['', '', ''],
    salary: '',
    walkAway: '',
    questions: [],
    eventUid: null,
  };
}

/** The text fields a form input edits directly. */
export type PrepTextField = 'company' | 'role' | 'callerName' | 'callerTitle' | 'date' | 'time' | 'timeZone' | 'phone' | 'pitch' | 'salary' | 'walkAway';

/** True when the reader has typed anything at all, so a prefill never overwrites their words. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
