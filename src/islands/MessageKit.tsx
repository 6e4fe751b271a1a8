import { useState } from 'preact/hooks';
import { parseDate } from '../lib/prep/date-time.ts';
import { prepRecord } from '../lib/prep/stored-record.ts';
import { STORY_LIMITS } from '../lib/stories/model.ts';
import { storiesRecord } from '../lib/stories/record.ts';
import { MESSAGE_TEMPLATES, detailsFrom, fillTemplate, mailtoLink, type MessageTemplate } from '../lib/stories/templates.ts';
import { useStoredRecord } from './use-stored-record.ts';

/** The island's props: links to the pages that fill the messages. */
export interface MessageKitProps {
  prepHref: string;
}

/** What the reader changed in one message; null fields follow the filled template. */
interface Edit {
  subject: string | null;
  body: string | null;
}

/**
 * The message kit: each template filled from the prep sheet (company, role, caller, call date) and the story
 * bank (your name), editable in place, with copy and a mailto: link. Nothing is sent by the site.
 */
export default function MessageKit({ prepHref }: MessageKitProps) {
  const stories = useStoredRecord(storiesRecord);
  const prep = useStoredRecord(prepRecord);
  const details = detailsFrom(prep.value, stories.value.name, parseDate);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [status, setStatus] = useState<Record<string, string>>({});
  const missing = (['company', 'role', 'caller', 'callDate'] as const).filter((key) => details[key] === '');

  const textOf = (template: MessageTemplate) => {
    const edit = edits[template.id];
    return { subject: edit?.subject ?? fillTemplate(template.subject, details), body: edit?.body ?? fillTemplate(template.body, details) };
  };

  function edit(id: string, patch: Partial<Edit>) {
    setEdits((previous) => ({ ...previous, [id]: { subject: null, body: null, ...previous[id], ...patch } }));
  }

  async function copy(template: MessageTemplate) {
    const { subject, body } = textOf(template);
    const text = subject === '' ? body : `Subject: ${subject}\n\n${body}`;
    try {
      await navigator.clipboard.writeText(text);
      setStatus((previous) => ({ ...previous, [template.id]: 'Copied. Paste it into your email or notes.' }));
    } catch {
      setStatus((previous) => ({
        ...previous,
        [template.id]: 'Your browser didn’t allow copying. Select the text in the box and copy it yourself (Ctrl+C, or ⌘+C on a Mac).',
      }));
    }
  }

  return (
    <div class="message-kit">
      {stories.notice && <p class="notice">{stories.notice}</p>}
      <p>
        <label for="kit-name">Your name</label>
        <span class="hint" id="kit-name-hint">
          Signs every message. It’s kept with your story bank.
        </span>
        <input
          id="kit-name"
          type="text"
          autocomplete="name"
          maxLength={STORY_LIMITS.name}
          aria-describedby="kit-name-hint"
          value={stories.value.name}
          onInput={(e) => {
            // Read the box now: the update may run later, once the storage code has loaded, when the event is gone.
            const name = e.currentTarget.value;
            stories.update((previous) => ({ ...previous, name }));
          }}
        />
      </p>
      {prep.ready && missing.length > 0 && (
        <p class="hint" data-missing>
          Not on your <a href={prepHref}>prep sheet</a> yet:{' '}
          {missing.map((key) => ({ company: 'the company', role: 'the job title', caller: 'the caller’s name', callDate: 'the call date' })[key]).join(', ')}.
          Those show as [brackets] below: fill them in there, or edit the message here.
        </p>
      )}
      {MESSAGE_TEMPLATES.map((template) => {
        const { subject, body } = textOf(template);
        const id = `kit-${template.id}`;
        return (
          <section key={template.id} id={template.id} class="card kit-message" aria-labelledby={`${id}-title`} data-template={template.id}>
            <h2 id={`${id}-title`}>{template.title}</h2>
            <p>
              {template.when} <a href={template.guide}>Read the guide</a>.
            </p>
            {template.risk && (
              <p class="notice">
                <strong>The risk:</strong> {template.risk}
              </p>
            )}
            {!template.spoken && (
              <p>
                <label for={`${id}-subject`}>Subject</label>
                <input id={`${id}-subject`} type="text" value={subject} onInput={(e) => edit(template.id, { subject: e.currentTarget.value })} />
              </p>
            )}
            <p>
              <label for={`${id}-body`}>{template.spoken ? 'What to say' : 'Message'}</label>
              <textarea id={`${id}-body`} rows={template.spoken ? 3 : 9} value={body} onInput={(e) => edit(template.id, { body: e.currentTarget.value })} />
            </p>
            <p class="kit-actions">
              <button type="button" class="button" onClick={() => copy(template)}>
                Copy
              </button>{' '}
              {!template.spoken && (
                <a class="button secondary" href={mailtoLink(subject, body)}>
                  Open in your email app
                </a>
              )}{' '}
              {edits[template.id] && (
                <button type="button" class="secondary" onClick={() => setEdits(({ [template.id]: _dropped, ...rest }) => rest)}>
                  Undo my edits
                </button>
              )}
            </p>
            <p role="status" class="hint">
              {status[template.id] ?? ''}
            </p>
          </section>
        );
      })}
    </div>
  );
}
