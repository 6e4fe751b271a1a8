import { useState } from 'preact/hooks';
import { isTicked, listProgress, overallProgress, progressText, resetList, setTicked, undoReset, type ListTicks, type Progress } from '../lib/checklist/model.ts';
import { CHECKLIST_DATA_NAME, checklistStoreOptions } from '../lib/checklist/store.ts';
import { shapeOf, type ChecklistView } from '../lib/checklist/view.ts';
import { useVersionedStore } from './use-versioned-store.ts';

/** The island's props: plain data, serialised into the page. */
export interface ChecklistProps {
  /** The lists to show, in order. */
  lists: ChecklistView[];
  /** Show progress over all lists and a Print button (the /checklist/ page does). */
  overall?: boolean;
  /** Level of each list's heading, to fit the page around it. */
  headingLevel?: 2 | 3;
}

/** The last thing the reader did, which the live region reports. */
type Action = { listId: string; kind: 'tick' | 'reset' | 'undo' };

/** A label and native progress bar: the text is the bar's accessible name. */
function ProgressLine({ id, progress, suffix = '' }: { id: string; progress: Progress; suffix?: string }) {
  return (
    <>
      <label for={id}>
        {progressText(progress)}
        {suffix}
      </label>
      <progress id={id} max={progress.total} value={progress.done} />
    </>
  );
}

/**
 * Pre-call checklists that remember their ticks in this browser. The server renders the full lists with
 * nothing ticked (so they work without JavaScript); saved ticks are restored after mount, in place.
 */
export default function Checklist({ lists, overall = false, headingLevel = 2 }: ChecklistProps) {
  const { value: record, update, ready, notice } = useVersionedStore(checklistStoreOptions, CHECKLIST_DATA_NAME);
  // One reset can be undone at a time: the latest one, until that list is changed again.
  const [undo, setUndo] = useState<{ listId: string; removed: ListTicks } | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  const announcement = (() => {
    const list = action && lists.find((l) => l.id === action.listId);
    if (!action || !list) return '';
    const done = `${progressText(listProgress(record, shapeOf(list)))}: ${list.title}.`;
    if (action.kind === 'reset') return `Cleared the ticks in ${list.title}. Press Undo to put them back.`;
    if (action.kind === 'undo') return `Ticks put back. ${done}`;
    return done;
  })();

  function toggle(listId: string, itemId: string, ticked: boolean) {
    update((previous) => setTicked(previous, listId, itemId, ticked, new Date()));
    if (undo?.listId === listId) setUndo(null);
    setAction({ listId, kind: 'tick' });
  }

  function resetOrUndo(list: ChecklistView) {
    if (undo?.listId === list.id) {
      const { removed } = undo;
      update((previous) => undoReset(previous, list.id, removed));
      setUndo(null);
      setAction({ listId: list.id, kind: 'undo' });
      return;
    }
    const { record: next, removed } = resetList(record, shapeOf(list));
    update(next);
    setUndo({ listId: list.id, removed });
    setAction({ listId: list.id, kind: 'reset' });
  }

  const total = overallProgress(record, lists.map(shapeOf));

  return (
    <div class="checklists" data-ready={ready ? '' : undefined}>
      {overall && (
        <div class="checklist-bar needs-js">
          <ProgressLine id="checklist-overall" progress={total} suffix={` across all ${lists.length} lists`} />
          <button type="button" class="secondary no-print" onClick={() => window.print()}>
            Print
          </button>
        </div>
      )}
      <div role="status" class="checklist-notice">
        {notice && <p class="notice">{notice}</p>}
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {lists.map((list) => {
        const progress = listProgress(record, shapeOf(list));
        const canUndo = undo?.listId === list.id;
        return (
          <section key={list.id} id={`checklist-${list.id}`} class="checklist" aria-labelledby={`checklist-${list.id}-title`} data-list={list.id}>
            <Heading id={`checklist-${list.id}-title`}>{list.title}</Heading>
            <p class="meta">{list.when}</p>
            <div class="checklist-bar needs-js">
              <ProgressLine id={`checklist-${list.id}-progress`} progress={progress} />
              {/* One button that changes role, so focus stays on it after Reset and after Undo. */}
              <button type="button" class="secondary no-print" disabled={!canUndo && progress.done === 0} onClick={() => resetOrUndo(list)}>
                {canUndo ? 'Undo reset' : 'Reset this list'}
                <span class="visually-hidden">: {list.title}</span>
              </button>
            </div>
            <ul class="checklist-items">
              {list.items.map((item) => {
                const id = `checklist-${list.id}--${item.id}`;
                return (
                  <li key={item.id}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={isTicked(record, list.id, item.id)}
                      aria-describedby={item.why ? `${id}-why` : undefined}
                      onChange={(event) => toggle(list.id, item.id, event.currentTarget.checked)}
                    />
                    <span class="checklist-box" aria-hidden="true" />
                    <div>
                      <label for={id}>{item.label}</label>
                      {item.why && (
                        <p id={`${id}-why`} class="hint">
                          {item.why}
                        </p>
                      )}
                      {item.guide && (
                        <a class="hint no-print" href={item.guide.href}>
                          <span aria-hidden="true">→ </span>
                          {item.guide.title}
                        </a>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
