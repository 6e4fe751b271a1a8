/** Practice notes as files the reader keeps: Markdown to read, JSON to import back later. */
import { formatDuration } from '../format-duration.ts';
import { PURPOSE_IDS, PURPOSE_LABELS, type PurposeId } from '../purposes.ts';
import { RATING_LABELS, hasContent, type PracticeRecord } from './record.ts';

/** What the Markdown needs to know about a question. */
export interface QuestionTitle {
  id: string;
  prompt: string;
  purpose: PurposeId;
}

/** The record as pretty JSON, exactly the shape an import accepts. */
export function practiceToJson(record: PracticeRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A file name with the date, e.g. `phone-screen-practice-2026-05-14.md`. */
export function exportFileName(extension: 'md' | 'json', now: Date): string {
  return `phone-screen-practice-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Keeps the reader's text from being read as Markdown headings when it starts a line with `#`. */
function quoteNotes(notes: string): string {
  return notes
    .trim()
    .split(/\r?\n/)
    .map((line) => (/^\s*#/.test(line) ? `\\${line.trimStart()}` : line))
    .join('\n');
}

/**
 * Notes and ratings as a Markdown document, grouped by purpose in the site's order. Questions that have
 * left the bank are listed at the end under their id, so nothing the reader wrote is left out.
 */
export function practiceToMarkdown(record: PracticeRecord, questions: readonly QuestionTitle[], now: Date): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const saved = Object.entries(record.answers).filter(([, answer]) => hasContent(answer));
  const lines = ['# My phone screen practice', '', `Exported ${now.toISOString().slice(0, 10)} from Phone Screen Guide.`, ''];
  if (saved.length === 0) lines.push('No notes or ratings yet.', '');

  const section = (title: string, entries: typeof saved) => {
    if (entries.length === 0) return;
    lines.push(`## ${title}`, '');
    for (const [id, answer] of entries) {
      lines.push(`### ${byId.get(id)?.prompt ?? id}`, '');
      if (answer.rating) lines.push(`- Rating: ${RATING_LABELS[answer.rating]}`);
      if (answer.seconds !== null) lines.push(`- Last answer: ${formatDuration(answer.seconds)}`);
      if (answer.rating || answer.seconds !== null) lines.push('');
      if (answer.notes.trim()) lines.push(quoteNotes(answer.notes), '');
    }
  };
  for (const purpose of PURPOSE_IDS) section(PURPOSE_LABELS[purpose], saved.filter(([id]) => byId.get(id)?.purpose === purpose));
  section('Questions no longer in the bank', saved.filter(([id]) => !byId.has(id)));
  return `${lines.join('\n').trimEnd()}\n`;
}
