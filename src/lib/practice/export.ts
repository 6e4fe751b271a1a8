/** Practice notes as files the reader keeps: Markdown to read, JSON to import back later. */
import { formatDuration } from '../format-duration.ts';
import { PURPOSE_IDS, PURPOSE_LABELS, type PurposeId } from '../purposes.ts';
import { RATING_LABELS, hasContent } from './answers.ts';
import type { PracticeRecord } from './stored-record.ts';
import type { Take } from '../voice/takes.ts';
import { transcriptFigures } from '../voice/transcript.ts';

/** A recorded take's figures as exported: everything but the audio, which stays on the device. */
export type TakeFigures = Omit<Take, 'audio' | 'id'> & { words: { words: number; wpm: number | null; fillerTotal: number } | null };

/** Each question's takes as exported, by question id. */
export type RecordingFigures = Record<string, TakeFigures[]>;

/** The figures of every take (no audio), ready for an export. */
export function recordingFigures(takes: ReadonlyMap<string, { takes: readonly Take[] }>): RecordingFigures {
  return Object.fromEntries(
    [...takes].map(([id, record]) => [
      id,
      record.takes.map(({ audio: _audio, id: _id, ...take }) => {
        const f = take.transcript.trim() ? transcriptFigures(take.transcript, take.delivery.talkMs) : null;
        return { ...take, words: f ? { words: f.words, wpm: f.wpm, fillerTotal: f.fillerTotal } : null };
      }),
    ]),
  );
}

/** What the Markdown needs to know about a question. */
export interface QuestionTitle {
  id: string;
  prompt: string;
  purpose: PurposeId;
}

/** The record as pretty JSON, the shape an import accepts; recordings' figures ride along (an import ignores them). */
export function practiceToJson(record: PracticeRecord, recordings: RecordingFigures = {}): string {
  const withTakes = Object.keys(recordings).length > 0 ? { ...record, recordings } : record;
  return `${JSON.stringify(withTakes, null, 2)}\n`;
}

/** One line per take: length against target, the pauses, and pace and fillers when there's a transcript. */
function takeLines(takes: readonly TakeFigures[]): string[] {
  return takes.map((t, i) => {
    const parts = [`${formatDuration(Math.round(t.durationMs / 1000))} (target ${formatDuration(t.targetSeconds)})`];
    const d = t.delivery;
    if (d.firstWordMs === null) parts.push('no speech heard');
    else
      parts.push(
        `first word after ${(d.firstWordMs / 1000).toFixed(1)} s`,
        `longest silence ${(d.longestSilenceMs / 1000).toFixed(1)} s`,
        `${d.longSilences} silence${d.longSilences === 1 ? '' : 's'} over 2 s`,
      );
    if (t.words?.wpm != null) parts.push(`${t.words.wpm} words a minute`);
    if (t.words) parts.push(`at least ${t.words.fillerTotal} filler word${t.words.fillerTotal === 1 ? '' : 's'}`);
    return `- Take ${i + 1}, ${t.createdAt.slice(0, 10)}: ${parts.join('; ')}`;
  });
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
export function practiceToMarkdown(record: PracticeRecord, questions: readonly QuestionTitle[], now: Date, recordings: RecordingFigures = {}): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const blank = { notes: '', rating: null, seconds: null, updatedAt: now.toISOString() };
  const answers = { ...Object.fromEntries(Object.keys(recordings).map((id) => [id, blank])), ...record.answers };
  const saved = Object.entries(answers).filter(([id, answer]) => hasContent(answer) || (recordings[id]?.length ?? 0) > 0);
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
      if (recordings[id]?.length) lines.push(...takeLines(recordings[id]), '');
      if (answer.notes.trim()) lines.push(quoteNotes(answer.notes), '');
    }
  };
  for (const purpose of PURPOSE_IDS)
    section(
      PURPOSE_LABELS[purpose],
      saved.filter(([id]) => byId.get(id)?.purpose === purpose),
    );
  section(
    'Questions no longer in the bank',
    saved.filter(([id]) => !byId.has(id)),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
