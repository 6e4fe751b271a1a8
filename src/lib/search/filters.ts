import { PURPOSE_IDS, PURPOSE_LABELS, STAGE_IDS, STAGE_LABELS, type PurposeId, type StageId } from '../purposes.ts';

/** The kinds of page search can return; each is a filter value in the index. */
export const SEARCH_TYPES = ['Guide', 'Question', 'Topic', 'Tool'] as const;

/** One kind of page: a guide, a question, a topic hub or an interactive tool. */
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Plural labels for the type chips. */
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  Guide: 'Guides',
  Question: 'Questions',
  Topic: 'Topics',
  Tool: 'Tools',
};

/** The filters a search can be narrowed by: at most one value of each. */
export interface SearchFilters {
  type?: SearchType;
  purpose?: PurposeId;
  stage?: StageId;
}

/** The filter groups, in the order the chips show them. */
export const FILTER_KEYS = ['type', 'purpose', 'stage'] as const;

/** One filter group's key. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** A chip group: its heading and the values it offers, with labels. */
export interface FilterGroup {
  key: FilterKey;
  label: string;
  options: { value: string; label: string }[];
}

/** Every filter group with its options, for drawing the chips. */
export const FILTER_GROUPS: readonly FilterGroup[] = [
  { key: 'type', label: 'Type', options: SEARCH_TYPES.map((value) => ({ value, label: SEARCH_TYPE_LABELS[value] })) },
  { key: 'purpose', label: 'Purpose', options: PURPOSE_IDS.map((value) => ({ value, label: PURPOSE_LABELS[value] })) },
  { key: 'stage', label: 'Stage', options: STAGE_IDS.map((value) => ({ value, label: STAGE_LABELS[value] })) },
];

const ALLOWED: Record<FilterKey, readonly string[]> = { type: SEARCH_TYPES, purpose: PURPOSE_IDS, stage: STAGE_IDS };

/** True when `value` is one of the values filter `key` accepts. */
export function isFilterValue(key: FilterKey, value: string | null | undefined): boolean {
  return value != null && ALLOWED[key].includes(value);
}

/**
 * Reads filters from loose input (a URL, a stored state), keeping only known values, so a hand-edited
 * or stale link narrows by what it can and never filters by something that does not exist.
 */
export function parseFilters(read: (key: FilterKey) => string | null | undefined): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of FILTER_KEYS) {
    const value = read(key);
    if (isFilterValue(key, value)) (filters as Record<FilterKey, string>)[key] = value!;
  }
  return filters;
}

/** Picks a chip, or un-picks it when it was already picked: chips in a group act like radio buttons that can be cleared. */
export function toggleFilter(filters: SearchFilters, key: FilterKey, value: string): SearchFilters {
  const next: SearchFilters = { ...filters };
  if (filters[key] === value || !isFilterValue(key, value)) delete next[key];
  else (next as Record<FilterKey, string>)[key] = value;
  return next;
}

/** True when at least one filter is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/** The filters in the shape Pagefind's `search(term, { filters })` takes. */
export function toPagefindFilters(filters: SearchFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
