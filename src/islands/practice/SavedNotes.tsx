/** The drill's notes panel: export as Markdown or JSON, import a JSON export back, or clear everything. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { countSaved, emptyPracticeRecord, mergeRecords, type PracticeRecord } from '../../lib/practice/record.ts';
import { practiceToJson, practiceToMarkdown, exportFileName, type QuestionTitle } from '../../lib/practice/export.ts';
import { downloadText } from '../download.ts';

/** What the notes panel needs from the drill. */
export interface SavedNotesProps {
  record: PracticeRecord;
  ready: boolean;
  update: (next: (previous: PracticeRecord) => PracticeRecord) => void;
  /** The bank's questions, for the Markdown export's headings. */
  loadQuestions: () => Promise<QuestionTitle[]>;
}

/** Export, import and clear the notes kept in this browser. */
export default function SavedNotes({ record, ready, update, loadQuestions }: SavedNotesProps) {
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  // Focus the safe choice when the question appears, and return to "Clear" when it goes.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (wasConfirming.current) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const saved = countSaved(record);
  const say = (text: string, bad = false) => setMessage({ text, bad });

  async function exportFile(kind: 'md' | 'json') {
    const now = new Date();
    if (kind === 'json') return downloadText(exportFileName('json', now), practiceToJson(record), 'application/json');
    const questions = await loadQuestions().catch(() => []);
    downloadText(exportFileName('md', now), practiceToMarkdown(record, questions, now), 'text/markdown');
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const [{ parsePracticeImport }, text] = await Promise.all([import('../../lib/practice/record-schema.ts'), file.text()]);
    const result = parsePracticeImport(text);
    if (!result.ok) return say(result.message, true);
    let changed = 0;
    update((current) => {
      const merged = mergeRecords(current, result.record);
      changed = merged.changed;
      return merged.record;
    });
    say(`Imported: ${changed} question${changed === 1 ? '' : 's'} updated. Where both had notes for a question, the newer ones were kept.`);
  }

  return (
    <section class="drill-saved" aria-labelledby="drill-saved-heading">
      <h2 id="drill-saved-heading">Your saved notes</h2>
      <p>
        {!ready
          ? 'Your notes and ratings are kept in this browser only.'
          : saved === 0
            ? 'Nothing saved yet. Your notes and ratings are kept in this browser only.'
            : `Notes or ratings for ${saved} question${saved === 1 ? ' are' : 's are'} saved in this browser.`}
      </p>
      <div class="drill-buttons">
        <button type="button" class="secondary" onClick={() => void exportFile('md')}>
          Download as Markdown
        </button>
        <button type="button" class="secondary" onClick={() => void exportFile('json')}>
          Download as JSON
        </button>
        <button type="button" class="secondary" ref={clearButton} disabled={saved === 0} onClick={() => setConfirming(true)}>
          Clear all notes…
        </button>
      </div>
      <p>
        <label for="drill-import">Import notes from a JSON file you downloaded here</label>
        <br />
        <input id="drill-import" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </p>
      {confirming && (
        <div class="notice" role="group" aria-labelledby="drill-clear-question">
          <p id="drill-clear-question">
            Delete notes and ratings for {saved} question{saved === 1 ? '' : 's'} from this browser? This can’t be undone, so download a copy first if you
            might want them.
          </p>
          <div class="drill-buttons">
            <button
              type="button"
              onClick={() => {
                update((r) => ({ ...emptyPracticeRecord(), ...(r.preferences ? { preferences: r.preferences } : {}) }));
                setConfirming(false);
                say('All practice notes and ratings were deleted.');
              }}
            >
              Yes, delete them
            </button>
            <button type="button" class="secondary" ref={keepButton} onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
      <p role="status" class={message?.bad ? 'error-text' : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
