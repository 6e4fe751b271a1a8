/** The calculator's vocabulary: units, experience levels, limits and the validated input. */
import type { OccupationWage, PercentileKey } from './dataset.ts';

/** How pay is shown and typed: per year in whole dollars, or per hour in cents. */
export const PAY_UNITS = ['year', 'hour'] as const;

/** A pay unit. */
export type PayUnit = (typeof PAY_UNITS)[number];

/** Experience levels, each of which reads its own slice of the market. */
export const EXPERIENCE_LEVELS = ['entry', 'mid', 'senior'] as const;

/** An experience level. */
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/** Which two percentiles bound the market band at each level (entry 25th–median, mid median–75th, senior 75th–90th). */
export const LEVEL_BANDS: Record<ExperienceLevel, readonly [PercentileKey, PercentileKey]> = {
  entry: ['p25', 'p50'],
  mid: ['p50', 'p75'],
  senior: ['p75', 'p90'],
};

/** The most a yearly amount may be: anything above it is a typing slip, and it keeps every sum a safe integer. */
export const ANNUAL_CAP_DOLLARS = 10_000_000;

/** Steps the range and walk-away number are rounded to: $1,000 a year, or 50 cents an hour. */
export const ROUNDING_STEP: Record<PayUnit, number> = { year: 1000, hour: 50 };

/** How far the top of the range sits above its bottom: 12.5 %, the middle of the 10–15 % people are advised to use. */
export const RANGE_SPREAD_BASIS_POINTS = 1250;

/** Local adjustment limits in basis points: from half of national pay to three times it. */
export const ADJUSTMENT_LIMITS = { min: -5000, max: 20000 } as const;

/** The four percentiles a reader may replace with their own figures (the bands never use the 10th). */
export const OWN_FIGURE_KEYS = ['p25', 'p50', 'p75', 'p90'] as const;

/** One of the percentiles a reader can supply. */
export type OwnFigureKey = (typeof OWN_FIGURE_KEYS)[number];

/** Everything the calculation needs, already checked. Pay amounts are in `unit` (dollars a year or cents an hour). */
export interface SalaryInput {
  unit: PayUnit;
  level: ExperienceLevel;
  occupation: OccupationWage;
  /** The reader's own market figures in `unit`, replacing the national ones; null to use the dataset. */
  ownFigures: Record<OwnFigureKey, number> | null;
  /** Local adjustment to national pay, in basis points (1,000 = +10 %); not applied to the reader's own figures. */
  adjustmentBasisPoints: number;
  /** Essential costs, whole dollars a month. */
  monthlyCosts: number;
  /** Estimated tax rate in basis points, 0 to 9,999. */
  taxBasisPoints: number;
  /** Savings target, whole dollars a year, added before tax. */
  savingsPerYear: number;
  /** What the reader earns now, in `unit`; null when not given. */
  currentPay: number | null;
  /** The number the reader had planned to say, in `unit`; null when not given. */
  plannedPay: number | null;
}
