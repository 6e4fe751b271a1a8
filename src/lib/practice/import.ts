/**
 * Reading a practice export back in: the file is checked against the zod contract before anything changes.
 * zod is large, so the drill loads this module only when the reader imports a file.
 */
import { PracticeRecordSchema } from '../../schemas/records/practice.ts';
import { PRACTICE_RECORD_VERSION, type PracticeRecord } from './stored-record.ts';

/** The biggest file an import will read (a real export is a few kilobytes). */
export const MAX_IMPORT_BYTES = 2_000_000;

/** What reading an import found: a record, or the sentence to show and nothing changed. */
export type ImportResult = { ok: true; record: PracticeRecord } | { ok: false; message: string };

/** Checks an exported JSON file before anything is changed; a bad file gets a message that says what's wrong. */
export function parsePracticeImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'That file is too large to be a practice export from this site. Nothing was changed.' };
  if (text.trim() === '') return { ok: false, message: 'That file is empty. Nothing was changed.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file isn’t valid JSON. Choose the .json file you exported from this page. Nothing was changed.' };
  }
  const version = (parsed as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PRACTICE_RECORD_VERSION)
    return { ok: false, message: 'That file was made by a newer version of this site. Reload the page and try again. Nothing was changed.' };
  // An export carries its recordings' figures too; without the audio there's nothing to bring back, so they're skipped.
  if (parsed && typeof parsed === 'object' && 'recordings' in parsed) {
    const { recordings: _figures, ...rest } = parsed as Record<string, unknown>;
    parsed = rest;
  }
  const checked = PracticeRecordSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join(' → ')})` : '';
    return { ok: false, message: `That file isn’t a practice export from this site${where}. Nothing was changed.` };
  }
  // zod quietly drops a `__proto__` key; refuse the file instead, so an import never loses anything unseen.
  const dropped = Object.keys((parsed as { answers: object }).answers).find((key) => !Object.hasOwn(checked.data.answers, key));
  if (dropped !== undefined) return { ok: false, message: `That file isn’t a practice export from this site (at answers → ${dropped}). Nothing was changed.` };
  return { ok: true, record: checked.data };
}
