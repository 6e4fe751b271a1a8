/**
 * The calculator's short sentences about a result: the live region's summary, the flag under a posted range that
 * looks wrong, the price-level line and the pay-range law note. Pure text, so the results view only lays them out.
 */
import type { SalaryResult } from './calculate.ts';
import { formatPay, formatPayPer } from './format.ts';
import { FIELD_LABELS } from './form.ts';
import type { SalaryFieldError } from './inputs.ts';
import { priceDifferencePercent, type AreaFigures } from './area.ts';
import { formatDate } from '../format-date.ts';

/** The one short sentence the calculator's live region says about the outcome. */
export function liveText(result: SalaryResult | null, shownErrors: readonly SalaryFieldError[]): string {
  if (result)
    return result.posted?.kind === 'floor-above-top'
      ? 'Your floor is above the top of the posted range.'
      : `Range: ${formatPay(result.low, result.unit)} to ${formatPayPer(result.high, result.unit)}.`;
  return shownErrors.length > 0 ? `Fix ${shownErrors.map((e) => FIELD_LABELS[e.field]).join(', ')} to see your range.` : '';
}

/** The note under a posted-range field when the posted figure is outside the state's 10th–90th percentiles, or null. */
export function postedFlag(result: SalaryResult, kind: 'posted-below-p10' | 'posted-above-p90', placeLabel: string, areaCitation: string): string | null {
  const warning = result.warnings.find((w) => w.kind === kind);
  if (!warning) return null;
  return warning.kind === 'posted-below-p10'
    ? `Allowed, but low: ${formatPayPer(warning.from, result.unit)} is below what nine in ten people in this job earn in ${placeLabel} (${formatPayPer(warning.p10, result.unit)}, ${areaCitation}).`
    : warning.kind === 'posted-above-p90'
      ? `Allowed, but unusually high: ${formatPayPer(warning.to, result.unit)} is above what nine in ten people in this job earn in ${placeLabel} (${formatPayPer(warning.p90, result.unit)}, ${areaCitation}). Check it’s the yearly figure for this job.`
      : null;
}

/** "Prices in Mississippi are about 13 % below the U.S. average." (without the full stop) */
export function priceText(name: string, rpp: number): string {
  const difference = priceDifferencePercent(rpp);
  if (difference === 0) return `Prices in ${name} are about the U.S. average`;
  return `Prices in ${name} are about ${Math.abs(difference)} % ${difference > 0 ? 'above' : 'below'} the U.S. average`;
}

/** What the chosen state's pay-range law requires, and what to say when a posting has no range; null without a law. */
export function lawWords(figures: AreaFigures): { duty: string; ask: string } | null {
  const law = figures.law;
  if (!law) return null;
  const effective = formatDate(new Date(`${law.effective}T00:00:00Z`));
  const duty =
    law.kind === 'posting'
      ? law.inForce
        ? `In ${figures.name}, job postings must show a pay range, under the ${law.law}, in force since ${effective} (${law.threshold}).`
        : `In ${figures.name}, job postings will have to show a pay range under the ${law.law}, from ${effective} (${law.threshold}).`
      : `In ${figures.name}, employers must tell you the pay range at certain points, under the ${law.law}, in force since ${effective} (${law.threshold}).`;
  const ask =
    law.kind === 'posting' && law.inForce
      ? 'If a posting for a job there has no range, ask for it before you name a number: “Could you share the range budgeted for this role?” Employers below the size limit may not have to post one.'
      : 'Ask for the range before you name a number: “Could you share the range budgeted for this role?”';
  return { duty, ask };
}
