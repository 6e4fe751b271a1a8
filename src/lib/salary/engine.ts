/**
 * What the calculator island loads when the reader first reaches the form (or at once when something is
 * stored to restore): checking, the maths, the words and the fetch of a state's figures. One lazy chunk,
 * kept apart from the first render; the results view imports the same modules.
 */
import type { AreaFigures } from './area.ts';
import { PAY_FIELDS, type SalaryField, type SalaryForm } from './form.ts';
import { convertPayText } from './inputs.ts';
import type { PayUnit } from './model.ts';
import { routes } from '../url.ts';

export { calculate } from './calculate.ts';
export { convertPayText, readSalaryForm } from './inputs.ts';
export { toSavedRange, whatToSay } from './script.ts';

/** One state's figures from /salary/data/<code>.json, or null when the request failed (national figures are used, and said). */
export async function loadAreaFigures(code: string): Promise<AreaFigures | null> {
  try {
    const response = await fetch(routes.salaryData(code));
    return response.ok ? ((await response.json()) as AreaFigures) : null;
  } catch {
    // Offline, or a reply that is not JSON.
    return null;
  }
}

/** What each pay field held before the last unit switch, so switching back restores "35000" rather than a rounded "35006". */
export type UnitMemo = Partial<Record<SalaryField, { unit: string; text: string; converted: string }>>;

/** The form shown in another unit: each pay field converted, or given back as typed when switching back unchanged. Updates `memo`. */
export function switchUnit(form: SalaryForm, unit: PayUnit, memo: UnitMemo): SalaryForm {
  const next = { ...form, unit };
  for (const field of PAY_FIELDS) {
    const before = memo[field];
    next[field] = before && before.unit === unit && before.converted === form[field] ? before.text : convertPayText(form[field], form.unit as PayUnit, unit);
    memo[field] = { unit: form.unit, text: form[field], converted: next[field] };
  }
  return next;
}
