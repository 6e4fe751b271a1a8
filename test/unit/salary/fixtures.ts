/** Shared test data: the real wage dataset from content/, read as plain JSON. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { SalaryDataset } from '../../../src/lib/salary/dataset.ts';
import { EXPERIENCE_LEVELS, PAY_UNITS, type SalaryInput } from '../../../src/lib/salary/model.ts';
import { payCap } from '../../../src/lib/salary/inputs.ts';
import { NATIONAL_AREA, NATIONAL_AREA_NAME, placeMarket, type AreaFigures, type PlaceMarket } from '../../../src/lib/salary/area.ts';
import { areaFigures } from '../../../src/lib/salary/area-figures.ts';
import type { StateWageDataset } from '../../../src/schemas/state-wages.ts';

/** The shipped dataset (dates as strings here, which the calculator never reads). */
export const dataset = JSON.parse(readFileSync('content/salary/bls-oews-may-2024.json', 'utf8')) as SalaryDataset;

/** Looks an occupation up by SOC code, failing loudly when it is missing. */
export function occupation(soc: string) {
  const found = dataset.occupations.find((o) => o.soc === soc);
  if (!found) throw new Error(`no occupation ${soc} in the dataset`);
  return found;
}

/** The shipped state wage file (dates as strings here, which the figures builder only copies). */
export const stateWages = JSON.parse(readFileSync('content/salary/states/bls-oews-states-may-2024.json', 'utf8')) as StateWageDataset;

/** Every state code and DC. */
export const AREA_CODES = stateWages.areas.map((a) => a.code);

const figureCache = new Map<string, AreaFigures>();

/** One state's figures, as the per-state endpoint serves them (price level and law left out). */
export function figuresFor(code: string): AreaFigures {
  const figures = figureCache.get(code) ?? areaFigures(code, stateWages, null, null);
  if (figures) figureCache.set(code, figures);
  if (!figures) throw new Error(`no area ${code}`);
  return figures;
}

/** The national market for an occupation. */
export function national(soc: string): PlaceMarket {
  return placeMarket(occupation(soc), NATIONAL_AREA, NATIONAL_AREA_NAME, null);
}

/** An occupation's market in a state (national figures where the state's are incomplete, as the calculator does). */
export function inState(soc: string, code: string): PlaceMarket {
  const figures = figuresFor(code);
  return placeMarket(occupation(soc), code, figures.name, figures);
}

/** Any valid, checked calculator input (what readSalaryForm can return). */
export const validInput: fc.Arbitrary<SalaryInput> = fc
  .record({
    unit: fc.constantFrom(...PAY_UNITS),
    level: fc.constantFrom(...EXPERIENCE_LEVELS),
    occupation: fc.constantFrom(...dataset.occupations),
    area: fc.constantFrom(NATIONAL_AREA, ...AREA_CODES),
    useOwn: fc.boolean(),
    ownSteps: fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.nat(100_000), fc.nat(100_000), fc.nat(100_000)),
    adjustmentBasisPoints: fc.integer({ min: -5000, max: 20000 }),
    monthlyCosts: fc.integer({ min: 0, max: 60_000 }),
    taxBasisPoints: fc.integer({ min: 0, max: 9000 }),
    savingsPerYear: fc.integer({ min: 0, max: 1_000_000 }),
    currentPay: fc.option(fc.nat(), { nil: null }),
    plannedPay: fc.option(fc.nat(), { nil: null }),
  })
  .map(({ useOwn, ownSteps, currentPay, plannedPay, area, ...rest }) => {
    const cap = payCap(rest.unit);
    const [a, b, c, d] = ownSteps;
    const own = { p25: Math.min(a, cap), p50: Math.min(a + b, cap), p75: Math.min(a + b + c, cap), p90: Math.min(a + b + c + d, cap) };
    return {
      ...rest,
      place: area === NATIONAL_AREA ? national(rest.occupation.soc) : inState(rest.occupation.soc, area),
      posted: null,
      ownFigures: useOwn ? own : null,
      currentPay: currentPay === null ? null : currentPay % (cap + 1),
      plannedPay: plannedPay === null ? null : plannedPay % (cap + 1),
    };
  });
