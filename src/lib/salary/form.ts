/** The calculator form's shape: fields as typed text, their labels, and the empty form. */
import type { OwnFigureKey } from './model.ts';

/** The form as typed: every number is still text, so nothing the reader types is lost or coerced. */
export interface SalaryForm {
  /** Two-letter state code, or "US" for national: asked first. */
  area: string;
  occupation: string;
  level: string;
  unit: string;
  adjustment: string;
  monthlyCosts: string;
  taxRate: string;
  savings: string;
  currentPay: string;
  plannedPay: string;
  /** The posting's range, if it gives one. */
  postedFrom: string;
  postedTo: string;
  useOwnFigures: boolean;
  ownP25: string;
  ownP50: string;
  ownP75: string;
  ownP90: string;
}

/** A form field that can carry an error. */
export type SalaryField = Exclude<keyof SalaryForm, 'useOwnFigures'>;

/** Each field's name as its label says it, for the results' "fix this" list. */
export const FIELD_LABELS: Record<SalaryField, string> = {
  area: 'Where the job is',
  occupation: 'Job',
  level: 'Experience level',
  unit: 'Show pay',
  adjustment: 'Override: adjust the pay figures',
  monthlyCosts: 'Monthly essential costs',
  taxRate: 'Tax rate',
  savings: 'Savings target',
  currentPay: 'Current pay',
  plannedPay: 'The number you were going to say',
  postedFrom: 'Posted range from',
  postedTo: 'Posted range to',
  ownP25: '25th percentile',
  ownP50: 'Median',
  ownP75: '75th percentile',
  ownP90: '90th percentile',
};

/** The form field holding each of the reader's own percentiles. */
export const OWN_FIGURE_FIELDS: Record<OwnFigureKey, SalaryField> = { p25: 'ownP25', p50: 'ownP50', p75: 'ownP75', p90: 'ownP90' };

/** The form's starting state: national figures, the most common first tech job, entry level, yearly pay. */
export function emptySalaryForm(occupation: string): SalaryForm {
  return {
    area: 'US',
    occupation,
    level: 'entry',
    unit: 'year',
    adjustment: '',
    monthlyCosts: '',
    taxRate: '',
    savings: '',
    currentPay: '',
    plannedPay: '',
    postedFrom: '',
    postedTo: '',
    useOwnFigures: false,
    ownP25: '',
    ownP50: '',
    ownP75: '',
    ownP90: '',
  };
}

/** The fields whose amounts are in the chosen pay unit, and so change when it does. */
export const PAY_FIELDS = [
  'currentPay',
  'plannedPay',
  'postedFrom',
  'postedTo',
  'ownP25',
  'ownP50',
  'ownP75',
  'ownP90',
] as const satisfies readonly SalaryField[];
