/** The one place salary amounts become text (Intl.NumberFormat, en-US: the data is U.S. dollars). */
import type { PayUnit } from './model.ts';

const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const dollarsAndCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "$54,000" for dollars a year, "$26.50" for cents an hour. */
export function formatPay(amount: number, unit: PayUnit): string {
  return unit === 'year' ? wholeDollars.format(amount) : dollarsAndCents.format(amount / 100);
}

/** "$54,000 a year" or "$26.50 an hour". */
export function formatPayPer(amount: number, unit: PayUnit): string {
  return `${formatPay(amount, unit)} ${perUnit(unit)}`;
}

/** "a year" or "an hour". */
export function perUnit(unit: PayUnit): string {
  return unit === 'year' ? 'a year' : 'an hour';
}

/** Whole dollars, e.g. "$2,400". */
export function formatDollars(dollars: number): string {
  return wholeDollars.format(dollars);
}

/** Basis points as a percentage, e.g. 2250 → "22.5 %". */
export function formatPercent(basisPoints: number): string {
  return `${plainNumber.format(basisPoints / 100)} %`;
}

/** A count, e.g. 1,654,440. */
export function formatCount(count: number): string {
  return plainNumber.format(count);
}

/** An amount as a reader would retype it, with no symbol or grouping ("54000", "26.50"), for refilling a field. */
export function plainAmount(amount: number, unit: PayUnit): string {
  if (unit === 'year') return String(amount);
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}
