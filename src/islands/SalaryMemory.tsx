/**
 * What the salary calculator keeps in this browser: the saved range and the typed form. Loaded with the
 * engine (on first input, or at once when either record exists), so the storage code never weighs on the
 * page-open JavaScript of a first visit. SalaryCalculator renders <SalaryMemory> once loaded and gets the
 * records back through `onChange`.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { formatDate } from '../lib/format-date.ts';
import { formatPay, formatPayPer } from '../lib/salary/format.ts';
import type { SalaryResult } from '../lib/salary/calculate.ts';
import type { SalaryForm } from '../lib/salary/form.ts';
import { salaryFormRecord } from '../lib/salary/form-record.ts';
import { savedRangeRecord, type SavedRange } from '../lib/salary/saved-range-record.ts';
import { useStoredRecord } from './use-stored-record.ts';

/** The calculator's view of its two records. */
export interface SalaryMemoryState {
  /** The saved range, or null; meaningful once `savedReady`. */
  range: SavedRange | null;
  savedReady: boolean;
  savedNotice: string | null;
  /** The stored form (null when nothing was kept), once `formReady`. */
  form: SalaryForm | null;
  formReady: boolean;
  formNotice: string | null;
  saveRange: (range: SavedRange) => void;
  removeRange: () => void;
  keepForm: (form: SalaryForm) => void;
  forgetForm: () => void;
}

/** Reads and writes both records and reports them to the calculator; renders nothing itself. */
export function SalaryMemory({ onChange }: { onChange: (state: SalaryMemoryState) => void }) {
  const saved = useStoredRecord(savedRangeRecord);
  const kept = useStoredRecord(salaryFormRecord);
  const { update: updateSaved } = saved;
  const { update: updateKept } = kept;
  // Stable actions: the calculator writes the form in an effect that depends on keepForm, so a new function
  // on every save would write again, forever.
  const actions = useMemo(
    () => ({
      saveRange: (range: SavedRange) => updateSaved({ version: savedRangeRecord.version, range }),
      removeRange: () => updateSaved(savedRangeRecord.empty()),
      keepForm: (form: SalaryForm) => updateKept({ version: salaryFormRecord.version, form }),
      forgetForm: () => updateKept(salaryFormRecord.empty()),
    }),
    [updateSaved, updateKept],
  );
  useEffect(() => {
    onChange({
      range: saved.value.range,
      savedReady: saved.ready,
      savedNotice: saved.notice,
      form: kept.value.form,
      formReady: kept.ready,
      formNotice: kept.notice,
      ...actions,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onChange is the calculator's state setter, stable for the island's life.
  }, [saved.value, saved.ready, saved.notice, kept.value, kept.ready, kept.notice, actions]);
  return null;
}

/** The saved range, with a link to the prep sheet and a button to remove it. */
export function SavedCard({
  range,
  prepHref,
  onRemove,
  Sub,
  id,
}: {
  range: SavedRange;
  prepHref: string;
  onRemove: () => void;
  Sub: 'h3' | 'h4';
  id: (name: string) => string;
}) {
  return (
    <div class="saved card" id={id('saved')}>
      <Sub>Saved for your prep sheet</Sub>
      <p>
        <strong>
          {formatPay(range.low, range.unit)} to {formatPayPer(range.high, range.unit)}
        </strong>
        . Walk away below {formatPayPer(range.walkAway, range.unit)}.
      </p>
      <p class="meta">
        {range.occupationTitle}
        {range.areaName ? `, ${range.areaName}` : ''}, {range.ownFigures ? 'your own figures' : `${range.period} figures`}. Saved{' '}
        {formatDate(new Date(range.savedAt))}.
      </p>
      <p class="actions">
        <a href={prepHref}>Open your prep sheet</a>
        <button type="button" class="secondary" onClick={onRemove}>
          Remove saved range
        </button>
      </p>
    </div>
  );
}

/** True when the saved range is the one on screen: same unit, figures, job and place. */
export function isSavedRange(range: SavedRange, result: SalaryResult, occupationSoc: string, areaCode: string | undefined): boolean {
  return (
    range.unit === result.unit &&
    range.low === result.low &&
    range.high === result.high &&
    range.walkAway === result.walkAway &&
    range.occupationSoc === occupationSoc &&
    range.areaCode === areaCode
  );
}
