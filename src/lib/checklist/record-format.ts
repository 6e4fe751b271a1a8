import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';
import type { ChecklistRecord } from './record.ts';

/*
 * The parts of the stored-record contract the browser needs, without zod: bundling zod into the checklist
 * island would cost about 26 KB gzip, more than the whole 16 KB island budget. `record.ts` re-exports
 * these next to the zod schema, and a unit test keeps `checklistRecordCheck` in step with that schema.
 */

/** Where checklist ticks are kept in the browser. The key names the format family; `version` drives migrations. */
export const CHECKLIST_STORAGE_KEY = 'psg:checklist:v1';

/** The record version this code writes. */
export const CHECKLIST_RECORD_VERSION = 1;

/** A record with nothing ticked. */
export function emptyChecklistRecord(): ChecklistRecord {
  return { version: CHECKLIST_RECORD_VERSION, lists: {} };
}

/** The same pattern zod's `z.iso.datetime()` uses: a real calendar date, UTC (`Z`), seconds required. */
export const ISO_DATETIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

/** True for an object that is not an array (what `z.record` and `z.object` accept). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a stored record exactly as `ChecklistRecordSchema` does, in a few hundred bytes. */
export const checklistRecordCheck: RecordCheck<ChecklistRecord> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== CHECKLIST_RECORD_VERSION || !isObject(input.lists)) return { success: false };
    if (Object.keys(input).some((key) => key !== 'version' && key !== 'lists')) return { success: false };
    for (const ticks of Object.values(input.lists)) {
      if (!isObject(ticks)) return { success: false };
      for (const time of Object.values(ticks)) if (typeof time !== 'string' || !ISO_DATETIME.test(time)) return { success: false };
    }
    return { success: true, data: input as ChecklistRecord };
  },
};

/** The checklist's stored record: every reader of saved ticks (the checklist, the prep sheet) uses this. */
export const checklistRecord = defineRecord<ChecklistRecord>({
  key: CHECKLIST_STORAGE_KEY,
  version: CHECKLIST_RECORD_VERSION,
  empty: emptyChecklistRecord,
  check: checklistRecordCheck,
  what: 'your checklist ticks',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});
