/**
 * The calculator's saved range, read from its stored text and put into words for the prep sheet. It loads
 * only when a range is saved, because the calculator's record schema is zod.
 */
import { SAVED_RANGE_RECORD_VERSION, SAVED_RANGE_STORAGE_KEY, SavedRangeRecordSchema, emptySavedRangeRecord } from '../salary/saved-range.ts';
import { createVersionedStore } from '../storage/versioned-store.ts';
import { rangeSource, rangeText, walkAwayText } from './salary-text.ts';

/** A saved range in words: what to say, where to walk away, and where the numbers come from. */
export interface RangeWords {
  text: string;
  walkAway: string;
  source: string;
}

/** Reads a stored `psg:salary:v1` value without touching storage; null when there is no usable range. */
export function savedRangeWords(raw: string | null): RangeWords | null {
  if (raw === null) return null;
  const store = createVersionedStore({
    key: SAVED_RANGE_STORAGE_KEY,
    version: SAVED_RANGE_RECORD_VERSION,
    schema: SavedRangeRecordSchema,
    empty: emptySavedRangeRecord,
    storage: null,
  });
  const range = store.fromExternal(raw)?.range;
  return range ? { text: rangeText(range), walkAway: walkAwayText(range), source: rangeSource(range) } : null;
}
