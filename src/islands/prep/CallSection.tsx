import { FIELD_LIMITS } from '../../lib/prep/sheet-fields.ts';
import { zoneLabel } from '../../lib/prep/time-zones.ts';
import type { PrepCheck } from '../../lib/prep/validate.ts';
import PrepField from './PrepField.tsx';
import type { PrepForm } from './form.ts';

/** "The call": company, role, when (date, time, zone) and the number they will call from. */
export default function CallSection({ form, check, zones }: { form: PrepForm; check: PrepCheck; zones: string[] }) {
  const zoneError = form.errorFor('timeZone');
  return (
    <fieldset>
      <legend>The call</legend>
      <div class="prep-grid">
        <PrepField form={form} name="company" label="Company" />
        <PrepField form={form} name="role" label="Role" hint="The job title in the posting." />
        <PrepField form={form} name="date" label="Date" hint="For example 5/14/2026 or May 14, 2026." check="date" reads={check.dateReads} limit={40} />
        <PrepField form={form} name="time" label="Time" hint="For example 2:30 pm or 14:30." check="time" reads={check.timeReads} limit={20} />
        <p class="prep-field">
          <label for="prep-timeZone">Time zone</label>
          <span class="hint" id="prep-timeZone-hint">
            The zone the call time is in.
          </span>
          <select
            id="prep-timeZone"
            value={form.sheet.timeZone}
            aria-describedby={zoneError ? 'prep-timeZone-hint prep-timeZone-error' : 'prep-timeZone-hint'}
            aria-invalid={zoneError ? 'true' : undefined}
            onChange={(e) => form.set('timeZone', e.currentTarget.value)}
          >
            {!form.sheet.timeZone && <option value="">Choose a time zone</option>}
            {zones.map((zone) => (
              <option value={zone}>{zoneLabel(zone)}</option>
            ))}
          </select>
          {zoneError && (
            <span class="error-text" id="prep-timeZone-error">
              {zoneError}
            </span>
          )}
        </p>
        <PrepField
          form={form}
          name="phone"
          label="The number they will call from"
          hint="Save it in your contacts so you pick up."
          type="tel"
          check="phone"
          limit={FIELD_LIMITS.phone}
        />
      </div>
    </fieldset>
  );
}
