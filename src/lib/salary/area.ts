/**
 * Where the reader works: the state picker's choices, one state's figures as the calculator fetches them,
 * and which percentiles the calculation uses (the state's, or the national ones with the reason why).
 * Zod-free and DOM-free: the island loads one state's figures when it is chosen, never all 51.
 */
import type { OccupationWage, PercentileKey } from './dataset.ts';
import { PERCENTILE_KEYS } from './dataset.ts';

export { NATIONAL_AREA, NATIONAL_AREA_NAME, areaName, isKnownArea, type AreaOption } from './area-choice.ts';
import { NATIONAL_AREA } from './area-choice.ts';

/** One occupation's wages in one state; null where BLS left the cell blank. */
export interface AreaWageRow {
  soc: string;
  employment: number | null;
  annualMean: number | null;
  p10: number | null;
  p25: number | null;
  p50: number | null;
  p75: number | null;
  p90: number | null;
}

/** One state's pay-transparency law, with dates as ISO days (the figures arrive as JSON). */
export interface AreaLaw {
  kind: 'posting' | 'on-request';
  law: string;
  /** YYYY-MM-DD. */
  effective: string;
  threshold: string;
  sourceUrl: string;
  sourceDated: string;
  note?: string;
  /** True when the law is in force on the date the research was compiled. */
  inForce: boolean;
}

/** Everything the calculator needs about one state, served at build time as /salary/data/<code>.json. */
export interface AreaFigures {
  code: string;
  name: string;
  /** Wage citation shown beside every state figure: "BLS OEWS, May 2024". */
  citation: string;
  /** The original BLS download. */
  url: string;
  /** Rows the BLS state file has; an occupation with no row is absent. */
  wages: AreaWageRow[];
  /** All-items price level, U.S. = 100, with its citation; context only, never a pay multiplier. */
  priceLevel: { rpp: number; citation: string; edition: string; url: string } | null;
  /** The state's pay-range law, or null when the research found none. */
  law: AreaLaw | null;
  /** The not-legal-advice line. */
  lawCaution: string;
}

/** Annual percentiles in whole dollars. */
export type AnnualPercentiles = Record<PercentileKey, number>;

/** Why a state's own figures could not be used for an occupation. */
export type FallbackReason =
  /** BLS published no row for this occupation in this state. */
  | { kind: 'no-row' }
  /** The row exists, but these percentiles are blank (not releasable or top-coded). */
  | { kind: 'blank'; missing: PercentileKey[] };

/** The market the calculation uses, and what it is beside. */
export interface PlaceMarket {
  /** The chosen area's code ("US" for national). */
  areaCode: string;
  /** The chosen area's name ("United States, national" for national). */
  areaName: string;
  /** `state`: the state's own percentiles. `national`: national ones (chosen, or a fallback). */
  source: 'state' | 'national';
  /** Set when a state was chosen but its figures could not be used. */
  fallback: FallbackReason | null;
  /** The percentiles the calculation uses, annual whole dollars. */
  annual: AnnualPercentiles;
  /** The national percentiles, for the side-by-side line. */
  national: AnnualPercentiles;
}

/**
 * Picks the percentiles for an occupation in a place. A state row is used only when all five percentiles
 * are published, so one calculation never mixes state and national figures; otherwise the national row
 * is used and the reason is kept, so the page can say so in words.
 */
export function placeMarket(occupation: OccupationWage, code: string, name: string, figures: AreaFigures | null): PlaceMarket {
  const national = { ...occupation.annual };
  const base = { areaCode: code, areaName: name, national };
  if (code === NATIONAL_AREA || !figures || figures.code !== code) return { ...base, source: 'national', fallback: null, annual: national };
  const row = figures.wages.find((r) => r.soc === occupation.soc);
  if (!row) return { ...base, source: 'national', fallback: { kind: 'no-row' }, annual: national };
  const missing = PERCENTILE_KEYS.filter((key) => row[key] === null);
  if (missing.length > 0) return { ...base, source: 'national', fallback: { kind: 'blank', missing }, annual: national };
  const { p10, p25, p50, p75, p90 } = row as Record<PercentileKey, number>;
  return { ...base, source: 'state', fallback: null, annual: { p10, p25, p50, p75, p90 } };
}

/** The price level as a whole-percent difference from the U.S. average: 110.720 → +11, 86.953 → −13. Never a pay multiplier. */
export function priceDifferencePercent(rpp: number): number {
  return Math.round(rpp - 100);
}
