/** The example the /salary/ page and the salary guide work through in prose: the numbers a reader can check by hand. */
import type { OccupationWage } from './dataset.ts';
import type { SalaryInput } from './model.ts';
import { NATIONAL_AREA, NATIONAL_AREA_NAME, placeMarket, type PlaceMarket } from './area.ts';

/** The SOC code of the example's job: Computer User Support Specialists, the usual first tech job. */
export const WORKED_EXAMPLE_SOC = '15-1232';

/** Entry level, $1,800 a month of essentials, 18 % tax, no savings, yearly pay, nothing optional; national unless a place is given. */
export function workedExample(occupation: OccupationWage, place: PlaceMarket = placeMarket(occupation, NATIONAL_AREA, NATIONAL_AREA_NAME, null)): SalaryInput {
  return {
    unit: 'year',
    level: 'entry',
    occupation,
    place,
    posted: null,
    ownFigures: null,
    adjustmentBasisPoints: 0,
    monthlyCosts: 1800,
    taxBasisPoints: 1800,
    savingsPerYear: 0,
    currentPay: null,
    plannedPay: null,
  };
}
