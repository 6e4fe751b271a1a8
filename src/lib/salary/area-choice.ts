/**
 * The state picker's choices and names: all the calculator's first render needs about places, kept apart
 * from area.ts (figures and percentiles) so the island's page-open JavaScript stays small.
 */

/** The picker's code for "United States, national" (no state). */
export const NATIONAL_AREA = 'US';

/** The picker's label for the national choice. */
export const NATIONAL_AREA_NAME = 'United States, national';

/** One choice in the state picker. */
export interface AreaOption {
  /** Two-letter postal code, or "US" for national. */
  code: string;
  name: string;
}

/** True for "US" or a code in the picker's list. */
export function isKnownArea(code: string, areas: readonly AreaOption[]): boolean {
  return code === NATIONAL_AREA || areas.some((area) => area.code === code);
}

/** The display name of a known code; null for an unknown one. */
export function areaName(code: string, areas: readonly AreaOption[]): string | null {
  if (code === NATIONAL_AREA) return NATIONAL_AREA_NAME;
  return areas.find((area) => area.code === code)?.name ?? null;
}
