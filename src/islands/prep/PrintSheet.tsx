/** The prep sheet's one-page printout (the form hides on paper; this shows only on paper). */
import { CALLER_TYPE_LABELS } from '../../lib/prep/sheet-fields.ts';
import type { PrepRecord } from '../../lib/prep/stored-record.ts';
import type { Story } from '../../lib/stories/model.ts';
import type { PrepCheck } from '../../lib/prep/validate.ts';
import type { checklistProgress } from '../../lib/prep/checklist-progress.ts';
import { isDensePrint, printedPitch } from '../../lib/prep/print-density.ts';
import { zoneLabel } from '../../lib/prep/time-zones.ts';

/** The one-page printout: plain text, with ruled blanks where nothing was filled in, so it works as a paper form too. */
export default function PrintSheet({
  sheet,
  progress,
  when,
  askIdeas,
  stories = [],
}: {
  sheet: PrepRecord;
  progress: ReturnType<typeof checklistProgress>;
  when: PrepCheck;
  askIdeas: string[];
  /** The stories pinned in the story bank (at most three). */
  stories?: Story[];
}) {
  const line = (text: string) => (text.trim() ? <span>{text}</span> : <span class="prep-blank" />);
  const callerType = sheet.callerType ? CALLER_TYPE_LABELS[sheet.callerType] : '';
  const questions = sheet.questions.length > 0 ? sheet.questions : ['', '', ''];
  const date = when.dateReads ?? sheet.date;
  const time = when.timeReads ?? sheet.time;
  // A full sheet prints smaller and drops the ruled notes, so it always stays on one page.
  const pitch = printedPitch(sheet.pitch);
  const dense = isDensePrint(sheet);
  return (
    <div class={dense ? 'prep-print prep-dense' : 'prep-print'}>
      <h2>Phone screen{sheet.company.trim() ? `: ${sheet.company.trim()}` : ''}</h2>
      <dl class="prep-facts">
        <dt>Company</dt>
        <dd>{line(sheet.company)}</dd>
        <dt>Role</dt>
        <dd>{line(sheet.role)}</dd>
        <dt>When</dt>
        <dd>{line([date, time && (date ? `at ${time}` : time), sheet.timeZone && `(${zoneLabel(sheet.timeZone)})`].filter(Boolean).join(' '))}</dd>
        <dt>Their number</dt>
        <dd>{line(sheet.phone)}</dd>
        <dt>Caller</dt>
        <dd>{line([sheet.callerName, sheet.callerTitle, callerType].filter((s) => s.trim()).join(', '))}</dd>
        <dt>My range</dt>
        <dd>{line(sheet.salary)}</dd>
        <dt>Walk away below</dt>
        <dd>{line(sheet.walkAway)}</dd>
      </dl>
      <h3>My 30-second pitch</h3>
      {pitch ? (
        <p class="prep-pre">{pitch}</p>
      ) : (
        <p>
          <span class="prep-blank" />
          <span class="prep-blank" />
          <span class="prep-blank" />
        </p>
      )}
      <h3>Three things I’ve done that match the posting</h3>
      <ol>
        {sheet.matches.map((m) => (
          <li>{line(m)}</li>
        ))}
      </ol>
      <h3>Questions I’ll ask</h3>
      <ol>
        {questions.map((q) => (
          <li>{line(q)}</li>
        ))}
      </ol>
      {sheet.questions.length === 0 && askIdeas.length > 0 && <p class="prep-small">Ideas: {askIdeas.slice(0, 3).join(' ')}</p>}
      {stories.length > 0 && (
        <>
          <h3>Your stories</h3>
          <ul class="prep-print-stories">
            {stories.map((story) => (
              <li key={story.id}>
                <strong>{story.title.trim() || 'Untitled story'}</strong>
                {story.result.trim() && `: ${story.result.trim()}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="prep-small">
        Checklist: {progress.done} of {progress.total} done. At the end of the call, ask: “What are the next steps, and when should I expect to hear back?”
      </p>
      {!dense && (
        <>
          <h3>Notes during the call</h3>
          <p>
            <span class="prep-blank" />
            <span class="prep-blank" />
            <span class="prep-blank" />
            <span class="prep-blank" />
          </p>
        </>
      )}
    </div>
  );
}
