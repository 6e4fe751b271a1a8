/**
 * Integer money arithmetic with the rounding spelled out. Every helper takes and returns
 * non-negative safe integers (whole dollars, cents or basis points), so no float error can creep in.
 */

/** Hours in a paid working year: BLS computes annual wages as hourly × 2,080. */
export const HOURS_PER_YEAR = 2080;

/** a ÷ b, rounded half up (a ≥ 0, b > 0). */
export function divRound(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** a ÷ b, rounded up (a ≥ 0, b > 0). */
export function divCeil(a: number, b: number): number {
  return Math.floor((a + b - 1) / b);
}

/** The smallest multiple of `step` that is at least `amount`. */
export function ceilToStep(amount: number, step: number): number {
  return divCeil(amount, step) * step;
}

/** The nearest multiple of `step`, halves going up. */
export function roundToStep(amount: number, step: number): number {
  return divRound(amount, step) * step;
}

/** Whole dollars a year to cents an hour, rounded half up (how BLS's own hourly figures relate to its annual ones). */
export function annualToHourlyCents(dollarsPerYear: number): number {
  return divRound(dollarsPerYear * 100, HOURS_PER_YEAR);
}

/** Whole dollars a year to cents an hour, rounded up: for a need, where rounding down would fall short. */
export function annualToHourlyCentsUp(dollarsPerYear: number): number {
  return divCeil(dollarsPerYear * 100, HOURS_PER_YEAR);
}

/** Cents an hour to whole dollars a year, rounded half up. */
export function hourlyCentsToAnnual(centsPerHour: number): number {
  return divRound(centsPerHour * HOURS_PER_YEAR, 100);
}

/** `amount` scaled by a percentage in basis points (10,000 = 100 %), rounded half up. */
export function scaleByBasisPoints(amount: number, basisPoints: number): number {
  return divRound(amount * basisPoints, 10_000);
}
