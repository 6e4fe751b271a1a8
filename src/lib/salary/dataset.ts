/**
 * The wage reference data as the calculator sees it. Types come from the content schemas;
 * only types are imported from there, so nothing here pulls zod into the browser.
 */
import type { z } from 'astro/zod';
import type { OccupationWageSchema, SalaryDatasetSchema, WagePercentilesSchema } from '../../content.config.ts';
import { SALARY_TRACK_IDS, type SalaryTrackId } from './tracks.ts';

/** A sourced wage dataset (content/salary/*.json). */
export type SalaryDataset = z.output<typeof SalaryDatasetSchema>;

/** One occupation's wages. */
export type OccupationWage = z.output<typeof OccupationWageSchema>;

/** Annual wage percentiles in whole dollars. */
export type WagePercentiles = z.output<typeof WagePercentilesSchema>;

/** The five percentiles in rising order, for checks and tables. */
export const PERCENTILE_KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** One of the five published percentiles. */
export type PercentileKey = (typeof PERCENTILE_KEYS)[number];

/** True when each percentile present is at least the one before it (missing ones are skipped). */
export function percentilesInOrder(percentiles: Partial<Record<PercentileKey, number>>): boolean {
  let previous = -Infinity;
  for (const key of PERCENTILE_KEYS) {
    const value = percentiles[key];
    if (value === undefined) continue;
    if (value < previous) return false;
    previous = value;
  }
  return true;
}

/** The most recently released dataset, or null when there is none. */
export function latestDataset<T extends { released: Date }>(datasets: readonly T[]): T | null {
  return datasets.reduce<T | null>((latest, next) => (!latest || next.released > latest.released ? next : latest), null);
}

/** Occupations grouped by track, in the track order the calculator lists them, empty tracks left out. */
export function occupationsByTrack<T extends { track: SalaryTrackId }>(occupations: readonly T[]): { track: SalaryTrackId; occupations: T[] }[] {
  return SALARY_TRACK_IDS.map((track) => ({ track, occupations: occupations.filter((o) => o.track === track) })).filter(
    (group) => group.occupations.length > 0,
  );
}
