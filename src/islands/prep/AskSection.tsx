import { useState } from 'preact/hooks';
import { FIELD_LIMITS, MAX_ASK_QUESTIONS } from '../../lib/prep/sheet-fields.ts';
import type { PrepForm } from './form.ts';

/** "Questions you'll ask": ideas from the guides to tick, and the reader's own, up to the sheet's limit. */
export default function AskSection({ form, askIdeas }: { form: PrepForm; askIdeas: string[] }) {
  const [ownQuestion, setOwnQuestion] = useState('');
  const { questions } = form.sheet;
  const full = questions.length >= MAX_ASK_QUESTIONS;
  const own = questions.filter((q) => !askIdeas.includes(q));

  const add = (text: string) => {
    const question = text.trim();
    if (!question) return;
    form.update((r) => (r.questions.includes(question) || r.questions.length >= MAX_ASK_QUESTIONS ? r : { ...r, questions: [...r.questions, question] }));
  };
  const remove = (question: string) => form.update((r) => ({ ...r, questions: r.questions.filter((q) => q !== question) }));
  const addOwn = () => {
    add(ownQuestion);
    setOwnQuestion('');
  };

  return (
    <fieldset>
      <legend>Questions you’ll ask</legend>
      <p class="hint">
        Up to {MAX_ASK_QUESTIONS}. {full && 'Your list is full: remove one to add another.'}
      </p>
      {askIdeas.length > 0 && (
        <ul class="prep-ideas">
          {askIdeas.map((idea, i) => {
            const chosen = questions.includes(idea);
            return (
              <li>
                <input
                  type="checkbox"
                  id={`prep-idea-${i}`}
                  checked={chosen}
                  disabled={!chosen && full}
                  onChange={(e) => (e.currentTarget.checked ? add(idea) : remove(idea))}
                />{' '}
                <label for={`prep-idea-${i}`}>{idea}</label>
              </li>
            );
          })}
        </ul>
      )}
      {own.length > 0 && (
        <ul class="prep-own">
          {own.map((q) => (
            <li>
              {q}{' '}
              <button type="button" class="secondary" onClick={() => remove(q)} aria-label={`Remove: ${q}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="prep-field">
        <label for="prep-own-question">Write your own</label>
        <span class="prep-add">
          <input
            type="text"
            id="prep-own-question"
            value={ownQuestion}
            maxLength={FIELD_LIMITS.question}
            disabled={full}
            onInput={(e) => setOwnQuestion(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addOwn();
              }
            }}
          />
          <button type="button" class="secondary" disabled={full || !ownQuestion.trim()} onClick={addOwn}>
            Add question
          </button>
        </span>
      </p>
    </fieldset>
  );
}
