import { CALLER_TYPES, type PrepRecord } from '../../lib/prep/stored-record.ts';
import { CALLER_TYPE_LABELS } from '../../lib/prep/sheet-fields.ts';
import PrepField from './PrepField.tsx';
import type { PrepForm } from './form.ts';

/** "Who is calling": their name, title, and what kind of caller they are. */
export default function CallerSection({ form }: { form: PrepForm }) {
  return (
    <fieldset>
      <legend>Who is calling</legend>
      <div class="prep-grid">
        <PrepField form={form} name="callerName" label="Name" />
        <PrepField form={form} name="callerTitle" label="Job title" />
        <p class="prep-field">
          <label for="prep-callerType">They are</label>
          <select
            id="prep-callerType"
            value={form.sheet.callerType}
            onChange={(e) => {
              const callerType = e.currentTarget.value as PrepRecord['callerType'];
              form.update((r) => ({ ...r, callerType }));
            }}
          >
            <option value="">Not sure yet</option>
            {CALLER_TYPES.map((type) => (
              <option value={type}>{CALLER_TYPE_LABELS[type]}</option>
            ))}
          </select>
        </p>
      </div>
    </fieldset>
  );
}
