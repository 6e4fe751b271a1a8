/** The calculator's saved range, as words for the prep sheet. */
import type { SavedRange } from '../salary/saved-range.ts';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One amount in the range's unit: whole dollars a year, or cents an hour. */
function amount(value: number, unit: SavedRange['unit']): string {
  return unit === 'year' ? dollars.format(value) : cents.format(value / 100);
}

/** "$52,000 to $58,000 a year" or "$25.50 to $28.00 an hour". */
export function rangeText(range: Pick<SavedRange, 'unit' | 'low' | 'high'>): string {
  return `${amount(range.low, range.unit)} to ${amount(range.high, range.unit)} ${range.unit === 'year' ? 'a year' : 'an hour'}`;
}

/** "$48,000 a year": the number below which the reader walks away. */
export function walkAwayText(range: Pick<SavedRange, 'unit' | 'walkAway'>): string {
  return `${amount(range.walkAway, range.unit)} ${range.unit === 'year' ? 'a year' : 'an hour'}`;
}

/** Where the range comes from, e.g. "Computer User Support Specialists, May 2024 wage data". */
export function rangeSource(range: Pick<SavedRange, 'occupationTitle' | 'period'>): string {
  return `${range.occupationTitle}, ${range.period} wage data`;
}
