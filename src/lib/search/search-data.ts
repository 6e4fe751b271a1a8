import { PURPOSE_IDS, STAGE_IDS, type PurposeId, type StageId } from '../purposes.ts';
import type { GuideSuggestion } from './results.ts';
import type { VocabularySource } from './vocabulary.ts';

/**
 * What the build publishes for the search dialog at `/search/data.json`: the vocabulary from
 * content/search/ and the guide list the "no results" state suggests from.
 */
export interface SearchData {
  vocabulary: VocabularySource;
  examples: string[];
  guides: GuideSuggestion[];
}

/** Search data with nothing in it: search still works, just without synonyms or suggestions. */
export const EMPTY_SEARCH_DATA: SearchData = { vocabulary: { stopWords: [], synonyms: {} }, examples: [], guides: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function parseGuide(value: unknown): GuideSuggestion | null {
  if (!isRecord(value)) return null;
  const { title, url, stage, purposes, order } = value;
  if (typeof title !== 'string' || typeof url !== 'string' || typeof order !== 'number') return null;
  if (!(STAGE_IDS as readonly unknown[]).includes(stage)) return null;
  return {
    title,
    url,
    stage: stage as StageId,
    order,
    purposes: strings(purposes).filter((p): p is PurposeId => (PURPOSE_IDS as readonly string[]).includes(p)),
  };
}

/**
 * Reads the published search data defensively: the browser may get a stale, cached or hand-edited file,
 * and a bad part is dropped rather than breaking search. (Zod would do this too, but is too big to ship
 * to a dialog that must open fast.)
 */
export function parseSearchData(json: unknown): SearchData {
  if (!isRecord(json)) return EMPTY_SEARCH_DATA;
  const vocabulary = isRecord(json.vocabulary) ? json.vocabulary : {};
  const synonyms = isRecord(vocabulary.synonyms)
    ? Object.fromEntries(Object.entries(vocabulary.synonyms).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};
  return {
    vocabulary: { stopWords: strings(vocabulary.stopWords), synonyms },
    examples: strings(json.examples),
    guides: Array.isArray(json.guides) ? json.guides.map(parseGuide).filter((g): g is GuideSuggestion => g !== null) : [],
  };
}
