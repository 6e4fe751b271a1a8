import { PURPOSE_IDS, PURPOSE_LABELS, STAGE_IDS, STAGE_LABELS, type PurposeId, type StageId } from '../purposes.ts';
import { SEARCH_TYPES, type SearchFilters, type SearchType } from './filters.ts';
import { withHighlight } from './url-state.ts';

/** The part of Pagefind's result data we use (`await result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** A run of excerpt text, marked when it matched the search. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** A result ready to draw: plain strings only, so the view never has to trust HTML. */
export interface ResultView {
  url: string;
  title: string;
  description: string;
  excerpt: ExcerptSegment[];
  type?: SearchType;
  stage?: StageId;
  purposes: PurposeId[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns the HTML entities Pagefind leaves in excerpts back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain and marked runs. Only `<mark>` is understood; any other tag is
 * dropped, so the view can build text nodes and never sets innerHTML from the index.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) {
      marked = true;
      continue;
    }
    if (/^<\/mark/i.test(part)) {
      marked = false;
      continue;
    }
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (!text) continue;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}

function firstOf<T extends string>(values: readonly string[] | undefined, allowed: readonly T[]): T | undefined {
  return values?.find((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Shapes Pagefind's data for one page into what a result shows, with the words to highlight on its link. */
export function toResultView(data: PagefindResultData, highlight: readonly string[]): ResultView {
  const title = data.meta?.title?.trim() || data.url;
  const purposes = (data.filters?.purpose ?? []).filter((p): p is PurposeId => (PURPOSE_IDS as readonly string[]).includes(p));
  return {
    url: withHighlight(data.url, highlight),
    title,
    description: data.meta?.description?.trim() ?? '',
    excerpt: excerptSegments(data.excerpt ?? ''),
    type: firstOf(data.filters?.type, SEARCH_TYPES),
    stage: firstOf(data.filters?.stage, STAGE_IDS),
    purposes,
  };
}

/** The small line above a result's title, e.g. "Guide · During the call" or "Question · Salary". */
export function resultLabel(view: ResultView): string {
  const parts: string[] = [];
  if (view.type) parts.push(view.type);
  if (view.stage) parts.push(STAGE_LABELS[view.stage]);
  else if (view.purposes.length === 1) parts.push(PURPOSE_LABELS[view.purposes[0]!]);
  return parts.join(' · ');
}

/** A guide as the "no results" state lists it. */
export interface GuideSuggestion {
  title: string;
  url: string;
  stage: StageId;
  purposes: PurposeId[];
  order: number;
}

/**
 * Guides to offer when a search finds nothing: those that fit the filters picked (purpose, stage), else
 * the first guide of each stage, so the reader always has somewhere sensible to go next.
 */
export function suggestGuides(guides: readonly GuideSuggestion[], filters: SearchFilters, limit = 4): GuideSuggestion[] {
  const byPlace = (a: GuideSuggestion, b: GuideSuggestion) => STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage) || a.order - b.order;
  const fitting = guides.filter((g) => (!filters.stage || g.stage === filters.stage) && (!filters.purpose || g.purposes.includes(filters.purpose)));
  if ((filters.stage || filters.purpose) && fitting.length > 0) return [...fitting].sort(byPlace).slice(0, limit);
  const firsts = STAGE_IDS.map((stage) => guides.filter((g) => g.stage === stage).sort(byPlace)[0]).filter((g): g is GuideSuggestion => g !== undefined);
  return firsts.slice(0, limit);
}
