/**
 * The calculator's typed inputs, kept in this browser so a reload brings them back. The form stays text,
 * exactly as typed; the check is zod-free because zod would more than double the calculator's JavaScript.
 * An unknown state code in a stored form is kept as typed: the form then shows its message beside the picker.
 */
import { FIELD_LABELS, type SalaryField, type SalaryForm } from './form.ts';
import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';
import { SALARY_FORM_STORAGE_KEY } from './storage-keys.ts';

/** The stored record: the form as typed, or null when nothing has been typed (or after "start over"). */
export interface SalaryFormRecord {
  version: 1;
  form: SalaryForm | null;
}

export { SALARY_FORM_STORAGE_KEY };

/**
 * The text fields of the form, each at most MAX_TEXT long (longer text is no amount anyone typed on purpose): every
 * field that has a label, so a field added to the form is kept here too instead of making stored forms look corrupt.
 */
const TEXT_FIELDS = Object.keys(FIELD_LABELS) as SalaryField[];
const MAX_TEXT = 200;

/** True for a stored form this code can show; its values are checked later, like anything typed. */
export function isSalaryForm(value: unknown): value is SalaryForm {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const allowed = new Set<string>([...TEXT_FIELDS, 'useOwnFigures']);
  if (Object.keys(record).some((key) => !allowed.has(key))) return false;
  return TEXT_FIELDS.every((key) => typeof record[key] === 'string' && (record[key] as string).length <= MAX_TEXT) && typeof record.useOwnFigures === 'boolean';
}

/** Checks a stored record; shaped like a zod schema's safeParse, which is all the versioned store needs. */
export const salaryFormRecordCheck: RecordCheck<SalaryFormRecord> = {
  safeParse(value: unknown) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { success: false };
    const record = value as Record<string, unknown>;
    if (Object.keys(record).some((key) => key !== 'version' && key !== 'form') || record.version !== 1) return { success: false };
    if (record.form !== null && !isSalaryForm(record.form)) return { success: false };
    return { success: true, data: { version: 1, form: record.form as SalaryForm | null } };
  },
};

/** The calculator's remembered inputs: the calculator alone reads and writes them. */
export const salaryFormRecord = defineRecord<SalaryFormRecord>({
  key: SALARY_FORM_STORAGE_KEY,
  version: 1,
  check: salaryFormRecordCheck,
  empty: () => ({ version: 1, form: null }),
  what: 'what you typed in the calculator',
});
