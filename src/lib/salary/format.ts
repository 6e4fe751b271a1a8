/** The one place salary amounts become text (Intl.NumberFormat, en-US: the data is U.S. dollars). */
import type { SalaryResult } from './calculate.ts';
import type { PayUnit } from './model.ts';
import { once } from '../once.ts';

const wholeDollars = once(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }));
const dollarsAndCents = once(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const plainNumber = once(() => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));

/** "$54,000" for dollars a year, "$26.50" for cents an hour. */
export function formatPay(amount: number, unit: PayUnit): string {
  return unit === 'year' ? wholeDollars().format(amount) : dollarsAndCents().format(amount / 100);
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
  return wholeDollars().format(dollars);
}

/** Basis points as a percentage, e.g. 2250 → "22.5 %". */
export function formatPercent(basisPoints: number): string {
  return `${plainNumber().format(basisPoints / 100)} %`;
}

/** A count, e.g. 1,654,440. */
export function formatCount(count: number): string {
  return plainNumber().format(count);
}

/** An amount as a reader would retype it, with no symbol or grouping ("54000", "26.50"), for refilling a field. */
export function plainAmount(amount: number, unit: PayUnit): string {
  if (unit === 'year') return String(amount);
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/** Where a result's market figures come from, for the brackets after each figure: "BLS, May 2024" or "your figures". */
export function marketSource(result: Pick<SalaryResult, 'market'>, citation: string): string {
  return result.market.source === 'dataset' ? citation : 'your figures';
}

/** "about " before hourly figures derived from yearly data, as the research asks; nothing otherwise. */
export function aboutPrefix(result: Pick<SalaryResult, 'market' | 'unit'>): string {
  return result.unit === 'hour' && result.market.source === 'dataset' ? 'about ' : '';
}
