/** Wage percentiles as BLS publishes them. Imports nothing, so the wage-data schema and the browser can share it. */

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
