import type { PrepRecord } from '../../lib/prep/stored-record.ts';
import { FIELD_LIMITS } from '../../lib/prep/sheet-fields.ts';
import type { PrepForm } from './form.ts';

/** "What you'll say": the 30-second pitch and three matches to the posting. */
export default function PitchSection({ form, links }: { form: PrepForm; links: { pitchGuide: string; practicePitch: string } }) {
  return (
    <fieldset>
      <legend>What you’ll say</legend>
      <p class="prep-field">
        <label for="prep-pitch">Your 30-second pitch</label>
        <span class="hint" id="prep-pitch-hint">
          Present, past, future: what you do now, what you’ve done, and why this job is next. <a href={links.pitchGuide}>How to shape it</a> ·{' '}
          <a href={links.practicePitch}>Practice it out loud</a>
        </span>
        <textarea
          id="prep-pitch"
          rows={4}
          maxLength={FIELD_LIMITS.pitch}
          aria-describedby="prep-pitch-hint"
          value={form.sheet.pitch}
          onInput={(e) => form.set('pitch', e.currentTarget.value)}
        />
      </p>
      <p class="prep-label" id="prep-matches-label">
        Three things you’ve done that match the posting
      </p>
      <ol class="prep-matches" aria-labelledby="prep-matches-label">
        {form.sheet.matches.map((match, i) => (
          <li>
            <label class="visually-hidden" for={`prep-match-${i}`}>
              Match {i + 1}
            </label>
            <input
              type="text"
              id={`prep-match-${i}`}
              value={match}
              maxLength={FIELD_LIMITS.match}
              onInput={(e) => {
                const value = e.currentTarget.value;
                form.update((r) => ({ ...r, matches: r.matches.map((m, j) => (j === i ? value : m)) as PrepRecord['matches'] }));
              }}
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
