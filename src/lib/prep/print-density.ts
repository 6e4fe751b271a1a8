/**
 * How full a prep sheet is, for its one-page printout: past a threshold the printout switches to a compact
 * layout and drops the ruled notes, so a full sheet still fits on one page.
 */
import type { PrepRecord } from './stored-record.ts';

/** Past this many characters of pitch, matches and questions, the printout uses its compact layout. */
export const DENSE_PRINT_CHARS = 1100;

/** A line break in the pitch takes a whole printed line, so it counts as this many characters. */
export const CHARS_PER_PRINTED_LINE = 90;

/** The pitch as printed: trimmed, with runs of blank lines collapsed to one break. */
export function printedPitch(pitch: string): string {
  return pitch.trim().replace(/\n\s*\n+/g, '\n');
}

/** True when the sheet holds enough text that the printout needs its compact layout. */
export function isDensePrint(sheet: Pick<PrepRecord, 'pitch' | 'matches' | 'questions'>): boolean {
  const pitch = printedPitch(sheet.pitch);
  const written =
    [pitch, ...sheet.matches, ...sheet.questions].reduce((sum, text) => sum + text.length, 0) + (pitch.match(/\n/g)?.length ?? 0) * CHARS_PER_PRINTED_LINE;
  return written > DENSE_PRINT_CHARS;
}
