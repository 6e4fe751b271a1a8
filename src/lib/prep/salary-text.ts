/** The calculator's saved range, as words for the prep sheet. */
import { formatPay, formatPayPer } from '../salary/format.ts';
import type { SavedRange } from '../salary/saved-range-record.ts';

/** "$52,000 to $58,000 a year" or "$25.50 to $28.00 an hour". */
export function rangeText(range: Pick<SavedRange, 'unit' | 'low' | 'high'>): string {
  return `${formatPay(range.low, range.unit)} to ${formatPayPer(range.high, range.unit)}`;
}

/** "$48,000 a year": the number below which the reader walks away. */
export function walkAwayText(range: Pick<SavedRange, 'unit' | 'walkAway'>): string {
  return formatPayPer(range.walkAway, range.unit);
}

/** Where the range comes from, e.g. "Computer User Support Specialists in Mississippi, May 2024 wage data". */
export function rangeSource(range: Pick<SavedRange, 'occupationTitle' | 'period' | 'areaName'>): string {
  const where = range.areaName ? ` in ${range.areaName === 'United States, national' ? 'the United States (national figures)' : range.areaName}` : '';
  return `${range.occupationTitle}${where}, ${range.period} wage data`;
}
