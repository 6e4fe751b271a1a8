/** The words to say on the call, and the range to save for the prep sheet, built from a result. */
import type { OccupationWage } from './dataset.ts';
import type { SalaryResult } from './calculate.ts';
import { formatPay, perUnit } from './format.ts';
import type { PlaceMarket } from './area.ts';
import type { SavedRange } from './saved-range-record.ts';

/**
 * A short answer to "what are you looking for?" with the reader's own numbers: a range, where it comes
 * from, openness to the whole package, and a question back. The walk-away number is never in it.
 */
export function whatToSay(result: SalaryResult, occupation: Pick<OccupationWage, 'roleName'>, place?: Pick<PlaceMarket, 'source' | 'areaName'>): string {
  const inState = place?.source === 'state' && result.market.source === 'dataset';
  const where = inState ? ` in ${place.areaName}` : result.market.adjustmentBasisPoints !== 0 ? ' in this area' : '';
  const basis =
    result.market.source === 'dataset' ? 'That’s based on U.S. government pay data for the role.' : 'That’s based on the pay data I’ve looked at for the role.';
  const posted = result.posted;
  if (posted) {
    const postedText = `${formatPay(posted.from, result.unit)} to ${formatPay(posted.to, result.unit)}`;
    if (posted.kind === 'floor-above-top')
      // Honest and short: the posting tops out below what the reader can live on, so ask about room rather than name a number.
      return [
        `Thanks for sharing the range. ${postedText} ${perUnit(result.unit)} is below what I’m looking for, so I’d like to ask: is there room above the top of it for the right person?`,
        'I’m also happy to talk about the whole package, like benefits and time off.',
      ].join(' ');
    return [
      `Yes, the posted range of ${postedText} works for me.`,
      `From what I’ve seen for ${occupation.roleName} roles${where}, I’d be looking at ${formatPay(result.low, result.unit)} to ${formatPay(result.high, result.unit)} ${perUnit(result.unit)} within it${posted.upper ? ', toward the upper part' : ''}.`,
      basis,
      'I’m also happy to talk about the whole package, like benefits and time off.',
    ].join(' ');
  }
  return [
    `From what I’ve seen for ${occupation.roleName} roles${where}, I’m looking for ${formatPay(result.low, result.unit)} to ${formatPay(result.high, result.unit)} ${perUnit(result.unit)}.`,
    basis,
    'I’m also happy to talk about the whole package, like benefits and time off.',
    'What range do you have in mind for this role?',
  ].join(' ');
}

/** The record the prep sheet reads: the range, the walk-away number, where the figures came from and for which place. */
export function toSavedRange(
  result: SalaryResult,
  occupation: Pick<OccupationWage, 'soc' | 'title'>,
  period: string,
  savedAt: Date,
  place?: Pick<PlaceMarket, 'areaCode' | 'areaName'>,
): SavedRange {
  const own = result.market.source === 'own';
  return {
    ...(place ? { areaCode: place.areaCode, areaName: place.areaName } : {}),
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
