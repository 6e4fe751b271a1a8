import type { PrepRecord } from '../../lib/prep/stored-record.ts';
import type { PrepTextField } from '../../lib/prep/sheet-fields.ts';
import type { CheckedField } from '../../lib/prep/validate.ts';

/** What each section of the prep form reads and writes: the sheet, and how a field's value and message flow. */
export interface PrepForm {
  sheet: PrepRecord;
  /** Saves one text field (and clears the calendar's "needed" message on it). */
  set(field: PrepTextField, value: string): void;
  /** Saves a change to the whole sheet, made from the sheet as it is now. */
  update(change: (sheet: PrepRecord) => PrepRecord): void;
  /** Marks a checked field as visited, so its message shows from then on. */
  touch(field: CheckedField): void;
  /** The message under a checked field, if it has one to show. */
  errorFor(field: CheckedField): string | undefined;
}
