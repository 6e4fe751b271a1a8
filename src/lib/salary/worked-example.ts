/** The example the /salary/ page works through in prose: the numbers a reader can check by hand. */
import type { OccupationWage } from './dataset.ts';
import type { SalaryInput } from './model.ts';

/** The SOC code of the example's job: Computer User Support Specialists, the usual first tech job. */
export const WORKED_EXAMPLE_SOC = '15-1232';

/** Entry level, $2,000 a month of essentials, 20 % tax, no savings, yearly pay, nothing optional. */
export function workedExample(occupation: OccupationWage): SalaryInput {
  return {
    unit: 'year',
    level: 'entry',
    occupation,
    ownFigures: null,
    adjustmentBasisPoints: 0,
    monthlyCosts: 2000,
    taxBasisPoints: 2000,
    savingsPerYear: 0,
    currentPay: null,
    plannedPay: null,
  };
}
