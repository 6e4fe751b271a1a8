import { useState } from 'preact/hooks';
import {
  isTicked,
  listProgress,
  overallProgress,
  progressText,
  resetList,
  setTicked,
  undoReset,
  type ListTicks,
  type Progress,
} from '../lib/checklist/model.ts';
import { checklistRecord, type ChecklistRecord } from '../lib/checklist/stored-record.ts';
import { shapeOf, type ChecklistView } from '../lib/checklist/view.ts';
import { useStoredRecord } from './use-stored-record.ts';

/** The island's props: plain data, serialised into the page. */
export interface ChecklistProps {
  /** The lists to show, in order. */
  lists: ChecklistView[];
  /** Show progress over all lists and a Print button (the /checklist/ page does). */
  overall?: boolean;
  /** Level of each list's heading, to fit the page around it. */
  headingLevel?: 2 | 3;
}

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
  const { value: record, update, ready, notice } = useStoredRecord(checklistRecord);
  // One reset can be undone at a time: the latest one, until that list is changed again.
  const [undo, setUndo] = useState<{ listId: string; removed: ListTicks } | null>(null);
  // What the live region says after the reader's own actions (never after a restore or another tab's change).
  const [announcement, setAnnouncement] = useState('');
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  /** "3 of 7 done: The day before the call." for a list in a given record. */
  const describe = (list: ChecklistView, next: ChecklistRecord) => `${progressText(listProgress(next, shapeOf(list)))}: ${list.title}.`;

  // Updates go through functions of the latest record, so two quick changes never overwrite each other.
  function toggle(list: ChecklistView, itemId: string, ticked: boolean) {
    update((previous) => {
      const next = setTicked(previous, list.id, itemId, ticked, new Date());
      setAnnouncement(describe(list, next));
      return next;
    });
    if (undo?.listId === list.id) setUndo(null);
  }

  function resetOrUndo(list: ChecklistView) {
    if (undo?.listId === list.id) {
      const { removed } = undo;
      update((previous) => {
        const next = undoReset(previous, list.id, removed);
        setAnnouncement(`Ticks put back. ${describe(list, next)}`);
        return next;
      });
      setUndo(null);
      return;
    }
    update((previous) => {
      const { record: next, removed } = resetList(previous, shapeOf(list));
      // Nothing cleared (another tab got there first): no Undo to offer.
      setUndo(Object.keys(removed).length > 0 ? { listId: list.id, removed } : null);
      return next;
    });
    setAnnouncement(`Cleared the ticks in ${list.title}. Press Undo to put them back.`);
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
                      onChange={(event) => toggle(list, item.id, event.currentTarget.checked)}
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
