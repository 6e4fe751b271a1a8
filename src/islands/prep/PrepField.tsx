import { FIELD_LIMITS, type PrepTextField } from '../../lib/prep/sheet-fields.ts';
import type { CheckedField } from '../../lib/prep/validate.ts';
import type { PrepForm } from './form.ts';

interface PrepFieldProps {
  form: PrepForm;
  name: PrepTextField;
  label: string;
  hint?: string;
  /** Most characters allowed; a short line unless said. */
  limit?: number;
  type?: string;
  /** The check whose message shows under the field once it has been visited. */
  check?: CheckedField;
  /** How the sheet understood what was typed ("Thursday, May 14, 2026"), shown while there is no error. */
  reads?: string | null;
}

/** A labelled one-line input with its hint, reading and error, tied together for screen readers. */
export default function PrepField({ form, name, label, hint, limit = FIELD_LIMITS.short, type = 'text', check, reads }: PrepFieldProps) {
  const id = `prep-${name}`;
  const error = check && form.errorFor(check);
  const described = [hint && `${id}-hint`, reads && !error && `${id}-reads`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <p class="prep-field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type={type}
        value={form.sheet[name]}
        maxLength={limit}
        autoComplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => form.set(name, e.currentTarget.value)}
        onBlur={check ? () => form.touch(check) : undefined}
      />
      {reads && !error && (
        <span class="hint" id={`${id}-reads`}>
          Reads as: {reads}
        </span>
      )}
      {error && (
        <span class="error-text" id={`${id}-error`}>
          {error}
        </span>
      )}
    </p>
  );
}
