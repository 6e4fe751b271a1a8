/**
 * The wage reference data as the calculator sees it. Types come from the wage-data schema;
 * only types are imported from there, so nothing here pulls zod into the browser.
 */
import type { z } from 'astro/zod';
import type { OccupationWageSchema, SalaryDatasetSchema, WagePercentilesSchema } from '../../schemas/wage-data.ts';
import { SALARY_TRACK_IDS, type SalaryTrackId } from './tracks.ts';

/** A sourced wage dataset (content/salary/*.json). */
export type SalaryDataset = z.output<typeof SalaryDatasetSchema>;

/** One occupation's wages. */
export type OccupationWage = z.output<typeof OccupationWageSchema>;

/** Annual wage percentiles in whole dollars. */
export type WagePercentiles = z.output<typeof WagePercentilesSchema>;

export { PERCENTILE_KEYS, percentilesInOrder, type PercentileKey } from './percentiles.ts';

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
