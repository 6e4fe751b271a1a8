/**
 * Export and import of the story bank as a JSON file. Import treats the file as hostile: size-capped before
 * parsing, checked field by field with the record check (own keys only, so `__proto__` is refused), and it
 * never replaces anything by itself: the island asks first (see `importChoice`).
 */
import { MAX_STORIES, STORIES_RECORD_VERSION, type Story, type StoriesRecord } from './model.ts';
import { storiesRecordCheck } from './record.ts';

/** The file format's name, written into every export so a wrong file is recognized as such. */
export const EXPORT_FORMAT = 'phone-screen-guide-stories';

/** The largest file import reads (a full bank of long stories is well under this). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** An export file: the record plus the format name and when it was written. */
export interface StoriesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof STORIES_RECORD_VERSION;
  exportedAt: string;
  name: string;
  stories: Story[];
  pinned: string[];
}

/** The JSON text of an export file for the record. */
export function exportStories(record: StoriesRecord, now: Date): string {
  const file: StoriesExport = {
    format: EXPORT_FORMAT,
    version: record.version,
    exportedAt: now.toISOString(),
    name: record.name,
    stories: record.stories,
    pinned: record.pinned,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A suggested file name: "stories-2026-12-03.json". */
export function exportFileName(now: Date): string {
  return `stories-${now.toISOString().slice(0, 10)}.json`;
}

/** What reading an import file gave: the record it holds, or the sentence to show. */
export type ImportResult = { ok: true; record: StoriesRecord } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const EXPORT_KEYS: readonly string[] = ['format', 'version', 'exportedAt', 'name', 'stories', 'pinned'];
const DAMAGED = 'Some stories in that file are damaged or too long, so it could not be read. Nothing was imported.';

/** Reads an export file's text into a record, or says exactly what is wrong with it. */
export function parseStoriesImport(text: string): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: 'That file is empty. Choose a file you exported from this page.' };
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'That file is too large to be a story bank (over 1 MB). Nothing was imported.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not a story bank export (it is not valid JSON). Nothing was imported.' };
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT)
    return { ok: false, message: 'That file is not a story bank export from this site. Nothing was imported.' };
  if (data.version !== STORIES_RECORD_VERSION) {
    return {
      ok: false,
      message: `That file was made by a different version of this page (format version ${JSON.stringify(data.version).slice(0, 20)}), which this page can’t read. Nothing was imported.`,
    };
  }
  if (Array.isArray(data.stories) && data.stories.length > MAX_STORIES)
    return { ok: false, message: `That file holds more than ${MAX_STORIES} stories, the most the bank keeps. Nothing was imported.` };
  // Unknown keys (`__proto__` among them) are refused, never copied: the record check sees own keys only.
  if (Object.keys(data).some((key) => !EXPORT_KEYS.includes(key))) return { ok: false, message: DAMAGED };
  const candidate = { version: data.version, name: data.name, stories: data.stories, pinned: data.pinned };
  const checked = storiesRecordCheck.safeParse(candidate);
  if (!checked.success) return { ok: false, message: DAMAGED };
  return { ok: true, record: checked.data };
}

/** True when importing would replace something the reader has, so the island must ask first. */
export function importNeedsConfirm(current: StoriesRecord): boolean {
  return current.stories.length > 0 || current.name.trim() !== '';
}

/** "Add to mine": keeps the current stories and adds the file's ones whose ids are new, up to the limit. */
export function mergeStories(current: StoriesRecord, incoming: StoriesRecord): StoriesRecord {
  const ids = new Set(current.stories.map((story) => story.id));
  const added = incoming.stories.filter((story) => !ids.has(story.id));
  return {
    ...current,
    name: current.name.trim() === '' ? incoming.name : current.name,
    stories: [...current.stories, ...added].slice(0, MAX_STORIES),
  };
}
