/**
 * The salary-range maths: a floor from the reader's needs, a market band from wage data, and the range
 * to say and the walk-away number that follow. Pure and total: any SalaryInput gives a finite result.
 */
import { LEVEL_BANDS, LEVEL_TARGET, RANGE_SPREAD_BASIS_POINTS, ROUNDING_STEP, type ExperienceLevel, type PayUnit, type SalaryInput } from './model.ts';
import type { PercentileKey } from './dataset.ts';
import { annualToHourlyCents, annualToHourlyCentsUp, ceilToStep, divCeil, divRound, scaleByBasisPoints } from './round.ts';

/** How the floor was worked out, in whole dollars a year. */
export interface FloorBreakdown {
  monthlyCosts: number;
  /** Monthly costs × 12. */
  essentialsPerYear: number;
  taxBasisPoints: number;
  /** Essentials ÷ (1 − tax rate), rounded up: the pay before tax that leaves the essentials after tax. */
  grossedUp: number;
  savingsPerYear: number;
  /** Grossed-up essentials plus savings. */
  perYear: number;
}

/** Works out the yearly floor; shared with validation, which caps it. */
export function floorBreakdown(input: Pick<SalaryInput, 'monthlyCosts' | 'taxBasisPoints' | 'savingsPerYear'>): FloorBreakdown {
  const essentialsPerYear = input.monthlyCosts * 12;
  const grossedUp = divCeil(essentialsPerYear * 10_000, 10_000 - input.taxBasisPoints);
  return {
    monthlyCosts: input.monthlyCosts,
    essentialsPerYear,
    taxBasisPoints: input.taxBasisPoints,
    grossedUp,
    savingsPerYear: input.savingsPerYear,
    perYear: grossedUp + input.savingsPerYear,
  };
}

/** Something the reader should know about their numbers. Amounts are in the result's unit. */
export type SalaryWarning =
  /** Reality check: the floor is above what three in four people in the job earn. */
  | { kind: 'floor-above-p75'; floor: number; p75: number }
  /** Lowball: the number the reader planned to say is below what three in four people in the job earn. */
  | { kind: 'planned-below-p25'; planned: number; p25: number }
  /** The planned number would not even cover the reader's own floor. */
  | { kind: 'planned-below-floor'; planned: number; walkAway: number }
  /** The range starts below what the reader earns now. */
  | { kind: 'range-below-current'; current: number; low: number }
  /** The posting's range starts below what nine in ten people in the job earn here (allowed, but worth knowing). */
  | { kind: 'posted-below-p10'; from: number; p10: number }
  /** The posting's range tops out above what nine in ten people in the job earn here. */
  | { kind: 'posted-above-p90'; to: number; p90: number };

/** The market the range is measured against, in the result's unit. */
export interface MarketBand {
  /** `dataset`: published figures (the state's or national, see `place`). `own`: the reader's own figures. */
  source: 'dataset' | 'own';
  /** The local adjustment applied, in basis points (0 for the reader's own figures). */
  adjustmentBasisPoints: number;
  /** Percentiles after adjustment, in the result's unit (the 10th only from the dataset). */
  percentiles: Partial<Record<PercentileKey, number>> & Record<'p25' | 'p50' | 'p75' | 'p90', number>;
  level: ExperienceLevel;
  from: PercentileKey;
  to: PercentileKey;
  low: number;
  high: number;
  /** Which percentile the level aims at (LEVEL_TARGET): the 25th at entry level. */
  aim: PercentileKey;
  /** That percentile's value: the market's side of the target. */
  aimValue: number;
}

/** How the range relates to a posted range, when the reader gave one. */
export type PostedFit =
  /** The range to say sits inside the posting's range. */
  | { kind: 'inside'; from: number; to: number; upper: boolean }
  /** The reader's floor is above the posting's top: no range is offered, and the page says so plainly. */
  | { kind: 'floor-above-top'; from: number; to: number };

/** Everything the calculator shows. Pay amounts are whole dollars a year or cents an hour, per `unit`. */
export interface SalaryResult {
  unit: PayUnit;
  /** What the range and walk-away number are rounded to. */
  step: number;
  floor: FloorBreakdown;
  /** The floor in `unit`, rounded up when converted to hourly. */
  floorInUnit: number;
  market: MarketBand;
  /** The higher of floor and the level's aim (LEVEL_TARGET). */
  target: number;
  targetFrom: 'floor' | 'market';
  /**
   * The range to say: bottom is the target rounded up to the step, top about 12.5 % above; with a posted
   * range, both sit inside it. When `posted.kind` is `floor-above-top` there is no range to say, and
   * low and high both hold the walk-away number.
   */
  low: number;
  high: number;
  /** The floor rounded up to the step: below this offer, the job does not pay the reader's bills and savings. */
  walkAway: number;
  warnings: SalaryWarning[];
  /** How the bottom of the range compares with current pay, in whole percent. */
  comparedWithCurrent: { current: number; percent: number; direction: 'more' | 'less' | 'same' } | null;
  /** How the range fits the posting's range; null without one. */
  posted: PostedFit | null;
}

/** The market's percentiles in the result's unit: the place's published figures (overridden if asked) and converted, or the reader's own. */
function marketPercentiles(input: SalaryInput): MarketBand['percentiles'] {
  if (input.ownFigures) return { ...input.ownFigures };
  const factor = 10_000 + input.adjustmentBasisPoints;
  const convert = (annual: number) => {
    const adjusted = scaleByBasisPoints(annual, factor);
    return input.unit === 'year' ? adjusted : annualToHourlyCents(adjusted);
  };
  const { p10, p25, p50, p75, p90 } = input.place.annual;
  return { p10: convert(p10), p25: convert(p25), p50: convert(p50), p75: convert(p75), p90: convert(p90) };
}

/** Runs the whole calculation on checked input. */
export function calculate(input: SalaryInput): SalaryResult {
  const step = ROUNDING_STEP[input.unit];
  const floor = floorBreakdown(input);
  const floorInUnit = input.unit === 'year' ? floor.perYear : annualToHourlyCentsUp(floor.perYear);

  const percentiles = marketPercentiles(input);
  const [from, to] = LEVEL_BANDS[input.level];
  const low = percentiles[from] ?? 0;
  const high = percentiles[to] ?? 0;
  const aim = LEVEL_TARGET[input.level];
  const market: MarketBand = {
    source: input.ownFigures ? 'own' : 'dataset',
    adjustmentBasisPoints: input.ownFigures ? 0 : input.adjustmentBasisPoints,
    percentiles,
    level: input.level,
    from,
    to,
    low,
    high,
    aim,
    aimValue: percentiles[aim] ?? 0,
  };

  const target = Math.max(floorInUnit, market.aimValue);
  const walkAway = ceilToStep(floorInUnit, step);
  const spreadOf = (bottom: number) => Math.max(step, divRound(bottom * RANGE_SPREAD_BASIS_POINTS, 10_000 * step) * step);
  let rangeLow = ceilToStep(target, step);
  let rangeHigh = rangeLow + spreadOf(rangeLow);
  let posted: PostedFit | null = null;
  if (input.posted) {
    const { from: postedFrom, to: postedTo } = input.posted;
    if (floorInUnit > postedTo) {
      posted = { kind: 'floor-above-top', from: postedFrom, to: postedTo };
      rangeLow = walkAway;
      rangeHigh = walkAway;
    } else {
      // Inside the posting; toward its upper half when the market's aim reaches that half.
      const middle = divRound(postedFrom + postedTo, 2);
      const upper = market.aimValue >= middle;
      const start = Math.max(target, postedFrom, upper ? middle : 0);
      rangeLow = Math.min(ceilToStep(start, step), postedTo);
      rangeHigh = upper ? postedTo : Math.min(postedTo, Math.max(rangeLow, rangeLow + spreadOf(rangeLow)));
      posted = { kind: 'inside', from: postedFrom, to: postedTo, upper };
    }
  }

  const warnings: SalaryWarning[] = [];
  if (floorInUnit > percentiles.p75) warnings.push({ kind: 'floor-above-p75', floor: floorInUnit, p75: percentiles.p75 });
  if (input.plannedPay !== null) {
    if (input.plannedPay < percentiles.p25) warnings.push({ kind: 'planned-below-p25', planned: input.plannedPay, p25: percentiles.p25 });
    if (input.plannedPay < walkAway) warnings.push({ kind: 'planned-below-floor', planned: input.plannedPay, walkAway });
  }
  const hasRange = posted?.kind !== 'floor-above-top';
  if (hasRange && input.currentPay !== null && input.currentPay > rangeLow)
    warnings.push({ kind: 'range-below-current', current: input.currentPay, low: rangeLow });
  if (input.posted) {
    if (percentiles.p10 !== undefined && input.posted.from < percentiles.p10)
      warnings.push({ kind: 'posted-below-p10', from: input.posted.from, p10: percentiles.p10 });
    if (input.posted.to > percentiles.p90) warnings.push({ kind: 'posted-above-p90', to: input.posted.to, p90: percentiles.p90 });
  }

  return {
    unit: input.unit,
    step,
    floor,
    floorInUnit,
    market,
    target,
    targetFrom: floorInUnit > market.aimValue ? 'floor' : 'market',
    low: rangeLow,
    high: rangeHigh,
    walkAway,
    warnings,
    comparedWithCurrent: hasRange ? compareWithCurrent(input.currentPay, rangeLow) : null,
    posted,
  };
}

/** The bottom of the range against current pay, in whole percent; null without a current pay above zero. */
function compareWithCurrent(current: number | null, low: number): SalaryResult['comparedWithCurrent'] {
  if (current === null || current <= 0) return null;
  const difference = Math.abs(low - current);
  const percent = divRound(difference * 100, current);
  const direction = percent === 0 ? 'same' : low > current ? 'more' : 'less';
  return { current, percent, direction };
}
