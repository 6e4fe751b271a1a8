/** The words to say on the call, and the range to save for the prep sheet, built from a result. */
import type { OccupationWage } from './dataset.ts';
import type { SalaryResult } from './calculate.ts';
import { formatPay, perUnit } from './format.ts';
import type { SavedRange } from './saved-range-record.ts';

/**
 * A short answer to "what are you looking for?" with the reader's own numbers: a range, where it comes
 * from, openness to the whole package, and a question back. The walk-away number is never in it.
 */
export function whatToSay(result: SalaryResult, occupation: Pick<OccupationWage, 'roleName'>): string {
  const where = result.market.adjustmentBasisPoints !== 0 ? ' in this area' : '';
  const basis =
    result.market.source === 'dataset' ? 'That’s based on U.S. government pay data for the role.' : 'That’s based on the pay data I’ve looked at for the role.';
  return [
    `From what I’ve seen for ${occupation.roleName} roles${where}, I’m looking for ${formatPay(result.low, result.unit)} to ${formatPay(result.high, result.unit)} ${perUnit(result.unit)}.`,
    basis,
    'I’m also happy to talk about the whole package, like benefits and time off.',
    'What range do you have in mind for this role?',
  ].join(' ');
}

/** The record the prep sheet reads: the range, the walk-away number and where the figures came from. */
export function toSavedRange(result: SalaryResult, occupation: Pick<OccupationWage, 'soc' | 'title'>, period: string, savedAt: Date): SavedRange {
  const own = result.market.source === 'own';
  return {
    unit: result.unit,
    low: result.low,
    high: result.high,
    walkAway: result.walkAway,
    occupationSoc: occupation.soc,
    occupationTitle: occupation.title,
    period: own ? 'your own figures' : period,
    savedAt: savedAt.toISOString(),
    level: result.market.level,
    ownFigures: own,
  };
}
