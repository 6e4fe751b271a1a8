/**
 * Reads the calculator form into a checked SalaryInput, or a typed error for each field that cannot be
 * used, with a message written for the reader. Never throws, whatever is typed.
 */
import type { OccupationWage } from './dataset.ts';
import { areaName, placeMarket, type AreaFigures, type AreaOption } from './area.ts';
import { FIELD_LABELS, OWN_FIGURE_FIELDS, type SalaryField, type SalaryForm } from './form.ts';
import { floorBreakdown } from './calculate.ts';
import { formatDollars, formatPay, formatPayPer, plainAmount } from './format.ts';
import {
  ADJUSTMENT_LIMITS,
  ANNUAL_CAP_DOLLARS,
  EXPERIENCE_LEVELS,
  OWN_FIGURE_KEYS,
  PAY_UNITS,
  type ExperienceLevel,
  type OwnFigureKey,
  type PayUnit,
  type PostedRange,
  type SalaryInput,
} from './model.ts';
import { parseDecimal, type NumberProblem } from './parse.ts';
import { HOURS_PER_YEAR, annualToHourlyCents, hourlyCentsToAnnual } from './round.ts';

/** Why a field's value cannot be used. */
export type SalaryErrorKind =
  | NumberProblem
  | 'tax-too-high'
  | 'out-of-range'
  | 'zero'
  | 'out-of-order'
  | 'unknown-choice'
  | 'floor-too-high'
  | 'half-range'
  | 'looks-hourly'
  | 'looks-yearly';

/** The place the form is read against: the picker's states and, once fetched, the chosen state's figures. */
export interface PlaceContext {
  areas: readonly AreaOption[];
  /** The chosen state's figures; null for national, or when they could not be loaded (national figures are used, and said). */
  figures: AreaFigures | null;
}

/** A yearly posted amount below this is almost surely an hourly rate ($1,000 a year is no job's pay). */
const HOURLY_LOOKING_YEARLY = 1000;
/** An hourly posted amount at or above $1,000 an hour (in cents) is almost surely a yearly salary. */
const YEARLY_LOOKING_HOURLY = 100_000;

/** A field the reader needs to fix, and what to tell them. */
export interface SalaryFieldError {
  field: SalaryField;
  kind: SalaryErrorKind;
  message: string;
}

/** Checked input, or every field error found. */
export type SalaryFormResult = { ok: true; input: SalaryInput } | { ok: false; errors: SalaryFieldError[] };

/** The largest amount a pay field takes in `unit`: $10,000,000 a year, or the hourly pay that comes to no more. */
export function payCap(unit: PayUnit): number {
  return unit === 'year' ? ANNUAL_CAP_DOLLARS : Math.floor((ANNUAL_CAP_DOLLARS * 100) / HOURS_PER_YEAR);
}

/** The largest monthly cost: $10,000,000 a year, a month at a time. */
const MONTHLY_CAP_DOLLARS = Math.floor(ANNUAL_CAP_DOLLARS / 12);

const CAP_TEXT = `more than ${formatDollars(ANNUAL_CAP_DOLLARS)} a year`;
const TYPO_HINT = 'Check for an extra zero.';

/** What a number problem means for a money field. */
function moneyMessage(problem: NumberProblem, example: string, empty: string, tooLarge: string): string {
  switch (problem) {
    case 'empty':
      return empty;
    case 'not-a-number':
      return `Use digits only, for example ${example}.`;
    case 'negative':
      return 'This can’t be less than zero.';
    case 'too-large':
      return tooLarge;
  }
}

/** Reads the form. `occupations` is the dataset's list; the chosen one must be in it, and the area in `place.areas`. */
export function readSalaryForm(form: SalaryForm, occupations: readonly OccupationWage[], place: PlaceContext): SalaryFormResult {
  const errors: SalaryFieldError[] = [];
  const fail = (field: SalaryField, kind: SalaryErrorKind, message: string) => void errors.push({ field, kind, message });

  const chosenArea = areaName(form.area, place.areas);
  if (chosenArea === null)
    fail(
      'area',
      'unknown-choice',
      /^[A-Za-z]{2}$/.test(form.area)
        ? `We have no pay figures for “${form.area}”. Choose a state from the list, or “United States, national”.`
        : 'Choose a state from the list, or “United States, national”.',
    );

  const occupation = occupations.find((o) => o.soc === form.occupation);
  if (!occupation) fail('occupation', 'unknown-choice', 'Choose a job from the list.');
  const level = (EXPERIENCE_LEVELS as readonly string[]).includes(form.level) ? (form.level as ExperienceLevel) : null;
  if (!level) fail('level', 'unknown-choice', 'Choose entry, mid or senior.');
  const unit = (PAY_UNITS as readonly string[]).includes(form.unit) ? (form.unit as PayUnit) : null;
  if (!unit) fail('unit', 'unknown-choice', 'Choose a year or an hour.');
  const payUnit = unit ?? 'year';

  /** A money field in whole dollars (a month or a year), or null when it failed. */
  const dollars = (field: SalaryField, max: number, example: string, required: string | null, tooLarge: string): number | null => {
    const parsed = parseDecimal(form[field], { digits: 0, max });
    if (parsed.ok) return parsed.value;
    if (parsed.problem === 'empty' && required === null) return 0;
    fail(field, parsed.problem, moneyMessage(parsed.problem, example, required ?? '', tooLarge));
    return null;
  };
  const monthlyCosts = dollars(
    'monthlyCosts',
    MONTHLY_CAP_DOLLARS,
    '2400',
    'Enter what you must spend each month, for example 2400.',
    `That’s ${CAP_TEXT} (${formatDollars(MONTHLY_CAP_DOLLARS)} a month). ${TYPO_HINT}`,
  );
  const savingsPerYear = dollars('savings', ANNUAL_CAP_DOLLARS, '3000', null, `That’s ${CAP_TEXT}. ${TYPO_HINT}`);

  /** A pay field in the chosen unit; `emptyMessage` null means it may be left empty. */
  const pay = (field: SalaryField, emptyMessage: string | null): number | null | undefined => {
    const parsed = parseDecimal(form[field], { digits: payUnit === 'year' ? 0 : 2, max: payCap(payUnit) });
    if (parsed.ok) return parsed.value;
    if (parsed.problem === 'empty' && emptyMessage === null) return null;
    const example = payUnit === 'year' ? '55000' : '26.50';
    const tooLarge = payUnit === 'year' ? `That’s ${CAP_TEXT}. ${TYPO_HINT}` : `That’s ${CAP_TEXT} (${formatPayPer(payCap('hour'), 'hour')}). ${TYPO_HINT}`;
    fail(field, parsed.problem, moneyMessage(parsed.problem, example, emptyMessage ?? '', tooLarge));
    return undefined;
  };
  const currentPay = pay('currentPay', null);
  const plannedPay = pay('plannedPay', null);
  const posted = readPosted(form, payUnit, pay, fail);

  const tax = parseDecimal(form.taxRate, { digits: 2, max: Number.MAX_SAFE_INTEGER });
  let taxBasisPoints: number | null = null;
  if (!tax.ok) {
    const messages: Record<NumberProblem, string> = {
      empty: 'Enter your tax rate as a percentage, for example 20. Use 0 to leave tax out.',
      'not-a-number': 'Use digits only, for example 20 or 22.5.',
      negative: 'A tax rate can’t be less than zero.',
      'too-large': 'A tax rate must be below 100 %.',
    };
    fail('taxRate', tax.problem, messages[tax.problem]);
  } else if (tax.value >= 10_000) fail('taxRate', 'tax-too-high', 'A tax rate must be below 100 %: at 100 % or more, no pay would be left.');
  else taxBasisPoints = tax.value;

  let ownFigures: Record<OwnFigureKey, number> | null = null;
  let adjustmentBasisPoints = 0;
  if (form.useOwnFigures) {
    ownFigures = readOwnFigures(form, payUnit, fail);
  } else {
    const adjustment = parseDecimal(form.adjustment, { digits: 2, max: Number.MAX_SAFE_INTEGER, allowNegative: true });
    const rangeMessage = 'Use a percentage from −50 to 200, for example 10 or −5. Leave it empty for none.';
    if (adjustment.ok) {
      if (adjustment.value < ADJUSTMENT_LIMITS.min || adjustment.value > ADJUSTMENT_LIMITS.max) fail('adjustment', 'out-of-range', rangeMessage);
      else adjustmentBasisPoints = adjustment.value;
    } else if (adjustment.problem === 'not-a-number') fail('adjustment', 'not-a-number', 'Use digits only, for example 10 or −5.');
    else if (adjustment.problem === 'too-large') fail('adjustment', 'too-large', rangeMessage);
  }

  if (monthlyCosts !== null && taxBasisPoints !== null && savingsPerYear !== null) {
    const floor = floorBreakdown({ monthlyCosts, taxBasisPoints, savingsPerYear });
    if (floor.perYear > ANNUAL_CAP_DOLLARS)
      fail('monthlyCosts', 'floor-too-high', `With your tax rate and savings, this needs pay of ${CAP_TEXT}. Check your costs, tax rate and savings.`);
  }

  if (
    errors.length > 0 ||
    chosenArea === null ||
    !occupation ||
    !level ||
    !unit ||
    monthlyCosts === null ||
    taxBasisPoints === null ||
    savingsPerYear === null ||
    currentPay === undefined ||
    plannedPay === undefined ||
    posted === undefined
  )
    return { ok: false, errors };
  const market = placeMarket(occupation, form.area, chosenArea, place.figures);
  return {
    ok: true,
    input: {
      unit,
      level,
      occupation,
      place: market,
      posted,
      ownFigures,
      adjustmentBasisPoints,
      monthlyCosts,
      taxBasisPoints,
      savingsPerYear,
      currentPay,
      plannedPay,
    },
  };
}

/**
 * Reads the optional posted range: both ends or neither, each above zero, `from` no higher than `to`, and
 * in the chosen unit (a yearly "25" or an hourly "55000" gets a message rather than a silly range).
 * Returns undefined when a field failed.
 */
function readPosted(
  form: SalaryForm,
  unit: PayUnit,
  pay: (field: SalaryField, emptyMessage: string | null) => number | null | undefined,
  fail: (field: SalaryField, kind: SalaryErrorKind, message: string) => void,
): PostedRange | null | undefined {
  // A yearly salary typed while pay is shown by the hour would otherwise meet the hourly cap's "extra zero" message.
  const looksYearly = (field: 'postedFrom' | 'postedTo'): boolean => {
    if (unit !== 'hour') return false;
    const asYearly = parseDecimal(form[field], { digits: 2, max: Number.MAX_SAFE_INTEGER });
    if (!asYearly.ok || asYearly.value < YEARLY_LOOKING_HOURLY) return false;
    fail(
      field,
      'looks-yearly',
      `${formatPay(Math.floor(asYearly.value / 100), 'year')} an hour looks like a yearly salary. Choose “A year” under Show pay to enter a yearly posting.`,
    );
    return true;
  };
  const yearlyFrom = looksYearly('postedFrom');
  const yearlyTo = looksYearly('postedTo');
  const from = yearlyFrom ? undefined : pay('postedFrom', null);
  const to = yearlyTo ? undefined : pay('postedTo', null);
  if (from === undefined || to === undefined) return undefined;
  if (from === null && to === null) return null;
  if (from === null || to === null) {
    fail(
      from === null ? 'postedFrom' : 'postedTo',
      'half-range',
      'Enter both ends of the posted range, or leave both empty. If the posting gives one figure, enter it in both.',
    );
    return undefined;
  }
  let ok = true;
  for (const [field, value] of [
    ['postedFrom', from],
    ['postedTo', to],
  ] as const) {
    if (value === 0) {
      fail(field, 'zero', 'A posted amount must be more than zero.');
      ok = false;
    } else if (unit === 'year' && value < HOURLY_LOOKING_YEARLY) {
      fail(
        field,
        'looks-hourly',
        `${formatPay(value * 100, 'hour')} looks like pay by the hour. Choose “An hour” under Show pay to enter an hourly posting, or enter the yearly amounts.`,
      );
      ok = false;
    }
  }
  if (!ok) return undefined;
  if (from > to) {
    fail(
      'postedTo',
      'out-of-order',
      `The top of the range (${formatPay(to, unit)}) is below its bottom (${formatPay(from, unit)}). Check the posting: the smaller number goes in “from”.`,
    );
    return undefined;
  }
  return { from, to };
}

/** Reads the reader's own percentiles: each above zero, and each at least the one before it. */
function readOwnFigures(
  form: SalaryForm,
  unit: PayUnit,
  fail: (field: SalaryField, kind: SalaryErrorKind, message: string) => void,
): Record<OwnFigureKey, number> | null {
  const figures: Partial<Record<OwnFigureKey, number>> = {};
  let previous: { key: OwnFigureKey; value: number } | null = null;
  for (const key of OWN_FIGURE_KEYS) {
    const field = OWN_FIGURE_FIELDS[key];
    const label = FIELD_LABELS[field];
    const parsed = parseDecimal(form[field], { digits: unit === 'year' ? 0 : 2, max: payCap(unit) });
    if (!parsed.ok) {
      const example = unit === 'year' ? '55000' : '26.50';
      const empty = `Enter the ${label.toLowerCase()} from your figures, or untick “Use my own pay figures”.`;
      fail(field, parsed.problem, moneyMessage(parsed.problem, example, empty, `That’s ${CAP_TEXT}. ${TYPO_HINT}`));
      continue;
    }
    if (parsed.value === 0) {
      fail(field, 'zero', 'Pay must be more than zero.');
      continue;
    }
    if (previous && parsed.value < previous.value) {
      const before = FIELD_LABELS[OWN_FIGURE_FIELDS[previous.key]].toLowerCase();
      fail(field, 'out-of-order', `This can’t be lower than the ${before} (${formatPay(previous.value, unit)}). Percentiles rise from the 25th to the 90th.`);
    }
    figures[key] = parsed.value;
    previous = { key, value: parsed.value };
  }
  const { p25, p50, p75, p90 } = figures;
  return p25 !== undefined && p50 !== undefined && p75 !== undefined && p90 !== undefined ? { p25, p50, p75, p90 } : null;
}

/**
 * Rewrites a typed pay amount for the other unit when the reader flips between yearly and hourly,
 * so "55000" a year becomes "26.44" an hour. Text that isn't a usable amount is left exactly as typed.
 */
export function convertPayText(text: string, from: PayUnit, to: PayUnit): string {
  if (from === to) return text;
  const parsed = parseDecimal(text, { digits: from === 'year' ? 0 : 2, max: payCap(from) });
  if (!parsed.ok) return text;
  return to === 'hour' ? plainAmount(annualToHourlyCents(parsed.value), 'hour') : plainAmount(hourlyCentsToAnnual(parsed.value), 'year');
}
