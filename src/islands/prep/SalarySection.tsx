import { FIELD_LIMITS } from '../../lib/prep/sheet-fields.ts';
import type { RangeWords } from '../../lib/prep/saved-range-words.ts';
import PrepField from './PrepField.tsx';
import type { PrepForm } from './form.ts';

/** "Salary": the range to say and the walk-away number, offered from the calculator's saved range. */
export default function SalarySection({ form, range, salaryLink }: { form: PrepForm; range: RangeWords | null; salaryLink: string }) {
  return (
    <fieldset>
      <legend>Salary</legend>
      <div class="prep-grid">
        <PrepField
          form={form}
          name="salary"
          label="The range you will say"
          limit={FIELD_LIMITS.salary}
          hint={range ? `From your salary calculator: ${range.text} (${range.source}).` : 'Work out a researched range with the salary calculator first.'}
        />
        <PrepField form={form} name="walkAway" label="Your walk-away number" limit={FIELD_LIMITS.salary} hint="Below this, you say no. Keep it to yourself." />
      </div>
      <p>
        {range && form.sheet.salary !== range.text ? (
          <button type="button" class="secondary" onClick={() => form.update((r) => ({ ...r, salary: range.text, walkAway: range.walkAway }))}>
            Use my calculator range
          </button>
        ) : (
          !range && <a href={salaryLink}>Open the salary calculator</a>
        )}
      </p>
    </fieldset>
  );
}
