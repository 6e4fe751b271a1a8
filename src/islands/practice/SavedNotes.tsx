/** The drill's notes panel: export as Markdown or JSON, import a JSON export back, or clear everything. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { countSaved, mergeRecords } from '../../lib/practice/answers.ts';
import { emptyPracticeRecord, type PracticeRecord } from '../../lib/practice/stored-record.ts';
import { practiceToJson, practiceToMarkdown, exportFileName, recordingFigures, type QuestionTitle } from '../../lib/practice/export.ts';
import { downloadText } from '../download.ts';
import { takesStore } from './recordings.ts';

/** Every take's figures (no audio) for an export; none when the recordings can't be read. */
async function recordingsForExport() {
  try {
    // export.ts is already part of this panel, so only the recordings store is fetched here.
    const store = await takesStore();
    return recordingFigures(await store.loadAll());
  } catch {
    return {};
  }
}

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
  const [confirmingRecordings, setConfirmingRecordings] = useState(false);
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
    const recordings = await recordingsForExport();
    if (kind === 'json') return downloadText(exportFileName('json', now), practiceToJson(record, recordings), 'application/json');
    const questions = await loadQuestions().catch(() => []);
    downloadText(exportFileName('md', now), practiceToMarkdown(record, questions, now, recordings), 'text/markdown');
  }

  async function deleteRecordings() {
    setConfirmingRecordings(false);
    try {
      const store = await takesStore();
      const status = await store.clearAll();
      say(
        status === 'saved'
          ? 'All recordings were deleted from this browser.'
          : 'Recordings couldn’t be deleted: this browser isn’t letting the site use its storage.',
        status !== 'saved',
      );
    } catch {
      say('Recordings couldn’t be deleted. Reload the page and try again.', true);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const [{ parsePracticeImport }, text] = await Promise.all([import('../../lib/practice/import.ts'), file.text()]);
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
        <button type="button" class="secondary" onClick={() => setConfirmingRecordings(true)}>
          Delete all recordings…
        </button>
      </div>
      {confirmingRecordings && (
        <div class="notice" role="group" aria-labelledby="drill-delete-recordings-question">
          <p id="drill-delete-recordings-question">Delete every recorded take, for every question, from this browser? This can’t be undone.</p>
          <div class="drill-buttons">
            <button type="button" onClick={() => void deleteRecordings()}>
              Yes, delete all recordings
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmingRecordings(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
      <p>
        <label for="drill-import">Import notes from a JSON file you downloaded here</label>
        <br />
        <input id="drill-import" type="file" accept=".json,application/json" onChange={(e) => void importFile(e.currentTarget)} />
      </p>
      {confirming && (
        <div class="notice" role="group" aria-labelledby="drill-clear-question">
          <p id="drill-clear-question">
            Delete notes and ratings for {saved} question{saved === 1 ? '' : 's'} from this browser? This can’t be undone, so download a copy first if you might
            want them.
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
