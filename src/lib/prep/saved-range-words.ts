/** The calculator's saved range, read from its stored text and put into words for the prep sheet. */
import { savedRangeRecord } from '../salary/saved-range-record.ts';
import { openRecordStore } from '../storage/versioned-store.ts';
import { rangeSource, rangeText, walkAwayText } from './salary-text.ts';

/** A saved range in words: what to say, where to walk away, and where the numbers come from. */
export interface RangeWords {
  text: string;
  walkAway: string;
  source: string;
}

/** Reads a stored salary-range value without touching storage; null when there is no usable range. */
export function savedRangeWords(raw: string | null): RangeWords | null {
  if (raw === null) return null;
  const range = openRecordStore(savedRangeRecord, null).fromExternal(raw)?.range;
  return range ? { text: rangeText(range), walkAway: walkAwayText(range), source: rangeSource(range) } : null;
}
