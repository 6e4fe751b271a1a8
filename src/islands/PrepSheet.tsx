/**
 * The call prep sheet: a form saved as you type, a one-page print view, and a calendar reminder.
 * It pulls in the salary calculator's saved range and the checklist's progress from this browser.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CALLER_TYPES, emptyPrepRecord, prepRecord, type PrepRecord } from '../lib/prep/stored-record.ts';
import { CALLER_TYPE_LABELS, FIELD_LIMITS, MAX_ASK_QUESTIONS, isBlank, type PrepTextField } from '../lib/prep/sheet-fields.ts';
import type { CheckedField, PrepCheck } from '../lib/prep/validate.ts';
import { checklistProgress, type ChecklistOutline } from '../lib/prep/checklist-progress.ts';
import type { RangeWords } from '../lib/prep/saved-range-words.ts';
import type { ChecklistRecord } from '../lib/checklist/stored-record.ts';
import { useStoredRecord } from './use-stored-record.ts';
import { allZones, browserZone, zoneLabel } from '../lib/prep/time-zones.ts';
import { newEventUid } from '../lib/prep/event-uid.ts';
import PrintSheet from './prep/PrintSheet.tsx';
import type { Story } from '../lib/stories/model.ts';
import type { ComponentType } from 'preact';

/** The island's props: plain data from the page. */
export interface PrepSheetProps {
  /** Questions to ask: those the question bank and the questions-to-ask guide list. */
  askIdeas: string[];
  /** Every checklist's id, title and item ids, for "n of N done". */
  checklists: ChecklistOutline[];
  /** Zones offered before the browser's full list is read (and without JavaScript). */
  commonZones: string[];
  links: { checklist: string; salary: string; pitchGuide: string; practicePitch: string };
}

/** Everything this browser knows from the other tools: the saved salary range and checklist ticks. */
interface FromOtherTools {
  range: RangeWords | null;
  checklist: ChecklistRecord | null;
}

/**
 * Reads the calculator's and the checklist's records through their own definitions, without changing
 * them; a bad record reads as nothing.
 */
async function readOtherTools(): Promise<FromOtherTools & { keys: string[]; reread: (key: string, raw: string | null) => Promise<Partial<FromOtherTools>> }> {
  // Loaded after first render: the prep page's budget has no room for the other tools' record checks.
  const [{ openRecordStore, browserStorage }, { checklistRecord }, { savedRangeRecord }] = await Promise.all([
    import('../lib/storage/index.ts'),
    import('../lib/checklist/stored-record.ts'),
    import('../lib/salary/saved-range-record.ts'),
  ]);
  const storage = browserStorage();
  // The checklist's own definition, migrations included: a checklist record of a later version reads as
  // progress here too, never as unreadable. It is only read (fromExternal), never written or backed up.
  const checklistStore = openRecordStore(checklistRecord, storage);
  const SAVED_RANGE_KEY = savedRangeRecord.key;
  const raw = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const readRange = async (value: string | null) => (value === null ? null : (await import('../lib/prep/saved-range-words.ts')).savedRangeWords(value));
  const reread = async (key: string, value: string | null): Promise<Partial<FromOtherTools>> =>
    key === SAVED_RANGE_KEY ? { range: await readRange(value) } : key === checklistStore.key ? { checklist: checklistStore.fromExternal(value) } : {};
  return {
    range: await readRange(raw(SAVED_RANGE_KEY)),
    checklist: checklistStore.fromExternal(raw(checklistStore.key)),
    keys: [SAVED_RANGE_KEY, checklistStore.key],
    reread,
  };
}

/** Before the checks have loaded there is nothing to say: the first render is the empty sheet. */
const NO_CHECK: PrepCheck = { errors: {}, dateReads: null, timeReads: null, start: null };

/** The date, time and phone checks load just after first render, alongside the stored sheet. */
const loadChecks = () => import('../lib/prep/validate.ts');

/** The prep sheet form, with its print view and calendar download. */
export default function PrepSheet({ askIdeas, checklists, commonZones, links }: PrepSheetProps) {
  const store = useStoredRecord<PrepRecord>(prepRecord);
  // Pins live in the story bank's own record (so the prep record's format stays as it is); the pin picker
  // loads after mount, keeping the story code out of this island's first render.
  const [pinned, setPinnedStories] = useState<Story[]>([]);
  const [Pins, setPins] = useState<ComponentType<{ onPinned: (stories: Story[]) => void }> | null>(null);
  useEffect(() => {
    import('./prep/PrepStories.tsx').then(
      (module) => setPins(() => module.default),
      () => {},
    );
  }, []);
  const sheet = store.value;
  const [other, setOther] = useState<FromOtherTools>({ range: null, checklist: null });
  const [touched, setTouched] = useState<Partial<Record<CheckedField, boolean>>>({});
  const [forCalendar, setForCalendar] = useState<Partial<Record<CheckedField, string>>>({});
  const [status, setStatus] = useState('');
  const [ownQuestion, setOwnQuestion] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const prefilled = useRef(false);
  const [checks, setChecks] = useState<Awaited<ReturnType<typeof loadChecks>> | null>(null);
  useEffect(() => void loadChecks().then(setChecks), []);

  // The calculator and checklist records, read once and followed when another tab changes them.
  useEffect(() => {
    let stop = () => {};
    readOtherTools().then(
      ({ keys, reread, range, checklist }) => {
        setOther({ range, checklist });
        const onStorage = (event: StorageEvent) => {
          if (event.key && keys.includes(event.key))
            void reread(event.key, event.newValue).then((found) => setOther((previous) => ({ ...previous, ...found })));
        };
        window.addEventListener('storage', onStorage);
        stop = () => window.removeEventListener('storage', onStorage);
      },
      () => {},
    );
    return () => stop();
  }, []);

  // Once the sheet is loaded: fill in the browser's time zone and the saved range, but never over the reader's words.
  useEffect(() => {
    if (!store.ready) return;
    if (isBlank(sheet.timeZone)) store.update((r) => (isBlank(r.timeZone) ? { ...r, timeZone: browserZone() } : r));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the sheet is read: a zone the reader clears later must stay cleared
  }, [store.ready]);
  useEffect(() => {
    const range = other.range;
    if (!store.ready || !range || prefilled.current) return;
    prefilled.current = true;
    store.update((r) => ({
      ...r,
      salary: isBlank(r.salary) ? range.text : r.salary,
      walkAway: isBlank(r.walkAway) ? range.walkAway : r.walkAway,
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `store` is a new object each render; the effect depends on the sheet being read and the range arriving
  }, [store.ready, other.range]);

  const zones = useMemo(() => {
    const list = store.ready ? allZones(commonZones) : commonZones;
    return sheet.timeZone && !list.includes(sheet.timeZone) ? [sheet.timeZone, ...list] : list;
  }, [store.ready, sheet.timeZone, commonZones]);

  const check = checks ? checks.checkPrep(sheet, new Date()) : NO_CHECK;
  const errorFor = (field: CheckedField) => forCalendar[field] ?? (touched[field] ? check.errors[field] : undefined);
  const set = (field: PrepTextField, value: string) => {
    store.update((r) => ({ ...r, [field]: value }));
    setForCalendar((f) => ({ ...f, [field]: undefined }));
  };
  const touch = (field: CheckedField) => setTouched((t) => ({ ...t, [field]: true }));
  const progress = checklistProgress(checklists, other.checklist);
  const range = other.range;

  async function addToCalendar() {
    const { checkPrep, missingForCalendar } = await loadChecks();
    const check = checkPrep(sheet, new Date());
    const missing = missingForCalendar(sheet);
    const problems = { ...check.errors, ...missing };
    setTouched({ date: true, time: true, timeZone: true, phone: true });
    setForCalendar(missing);
    const first = (['date', 'time', 'timeZone', 'phone'] as const).find((f) => problems[f]);
    if (first || !check.start) {
      setStatus('Fix the highlighted fields to make a calendar reminder. Everything you typed is kept.');
      document.getElementById(`prep-${first ?? 'date'}`)?.focus();
      return;
    }
    const uid = sheet.eventUid ?? newEventUid();
    if (!sheet.eventUid) store.update((r) => ({ ...r, eventUid: uid }));
    const { downloadCalendar } = await import('./prep-calendar.ts');
    setStatus(downloadCalendar(sheet, check.start, uid));
  }

  function addQuestion(text: string) {
    const question = text.trim();
    if (!question) return;
    store.update((r) => (r.questions.includes(question) || r.questions.length >= MAX_ASK_QUESTIONS ? r : { ...r, questions: [...r.questions, question] }));
  }
  const removeQuestion = (question: string) => store.update((r) => ({ ...r, questions: r.questions.filter((q) => q !== question) }));
  const full = sheet.questions.length >= MAX_ASK_QUESTIONS;
  const own = sheet.questions.filter((q) => !askIdeas.includes(q));

  /** A labelled one-line input with its hint and error, tied together for screen readers. */
  const field = (
    name: PrepTextField,
    label: string,
    options: { hint?: string; limit?: number; type?: string; check?: CheckedField; reads?: string | null; autoComplete?: string } = {},
  ) => {
    const id = `prep-${name}`;
    const error = options.check && errorFor(options.check);
    const described = [options.hint && `${id}-hint`, options.reads && !error && `${id}-reads`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <p class="prep-field">
        <label for={id}>{label}</label>
        {options.hint && (
          <span class="hint" id={`${id}-hint`}>
            {options.hint}
          </span>
        )}
        <input
          id={id}
          type={options.type ?? 'text'}
          value={sheet[name]}
          maxLength={options.limit ?? FIELD_LIMITS.short}
          autoComplete={options.autoComplete ?? 'off'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => set(name, e.currentTarget.value)}
          onBlur={options.check ? () => touch(options.check!) : undefined}
        />
        {options.reads && !error && (
          <span class="hint" id={`${id}-reads`}>
            Reads as: {options.reads}
          </span>
        )}
        {error && (
          <span class="error-text" id={`${id}-error`}>
            {error}
          </span>
        )}
      </p>
    );
  };

  return (
    <div class="prep">
      {store.notice && <p class="notice no-print">{store.notice}</p>}
      {/* Not a <form>: nothing is submitted anywhere; every field saves in this browser as it changes. */}
      <div class="prep-form no-print">
        <fieldset>
          <legend>The call</legend>
          <div class="prep-grid">
            {field('company', 'Company')}
            {field('role', 'Role', { hint: 'The job title in the posting.' })}
            {field('date', 'Date', { hint: 'For example 5/14/2026 or May 14, 2026.', check: 'date', reads: check.dateReads, limit: 40 })}
            {field('time', 'Time', { hint: 'For example 2:30 pm or 14:30.', check: 'time', reads: check.timeReads, limit: 20 })}
            <p class="prep-field">
              <label for="prep-timeZone">Time zone</label>
              <span class="hint" id="prep-timeZone-hint">
                The zone the call time is in.
              </span>
              <select
                id="prep-timeZone"
                value={sheet.timeZone}
                aria-describedby={errorFor('timeZone') ? 'prep-timeZone-hint prep-timeZone-error' : 'prep-timeZone-hint'}
                aria-invalid={errorFor('timeZone') ? 'true' : undefined}
                onChange={(e) => set('timeZone', e.currentTarget.value)}
              >
                {!sheet.timeZone && <option value="">Choose a time zone</option>}
                {zones.map((zone) => (
                  <option value={zone}>{zoneLabel(zone)}</option>
                ))}
              </select>
              {errorFor('timeZone') && (
                <span class="error-text" id="prep-timeZone-error">
                  {errorFor('timeZone')}
                </span>
              )}
            </p>
            {field('phone', 'The number they will call from', {
              hint: 'Save it in your contacts so you pick up.',
              type: 'tel',
              check: 'phone',
              limit: FIELD_LIMITS.phone,
            })}
          </div>
        </fieldset>

        <fieldset>
          <legend>Who is calling</legend>
          <div class="prep-grid">
            {field('callerName', 'Name')}
            {field('callerTitle', 'Job title')}
            <p class="prep-field">
              <label for="prep-callerType">They are</label>
              <select
                id="prep-callerType"
                value={sheet.callerType}
                onChange={(e) => store.update((r) => ({ ...r, callerType: e.currentTarget.value as PrepRecord['callerType'] }))}
              >
                <option value="">Not sure yet</option>
                {CALLER_TYPES.map((type) => (
                  <option value={type}>{CALLER_TYPE_LABELS[type]}</option>
                ))}
              </select>
            </p>
          </div>
        </fieldset>

        <fieldset>
          <legend>What you'll say</legend>
          <p class="prep-field">
            <label for="prep-pitch">Your 30-second pitch</label>
            <span class="hint" id="prep-pitch-hint">
              Present, past, future: what you do now, what you've done, and why this job is next. <a href={links.pitchGuide}>How to shape it</a> ·{' '}
              <a href={links.practicePitch}>Practice it out loud</a>
            </span>
            <textarea
              id="prep-pitch"
              rows={4}
              maxLength={FIELD_LIMITS.pitch}
              aria-describedby="prep-pitch-hint"
              value={sheet.pitch}
              onInput={(e) => set('pitch', e.currentTarget.value)}
            />
          </p>
          <p class="prep-label" id="prep-matches-label">
            Three things you've done that match the posting
          </p>
          <ol class="prep-matches" aria-labelledby="prep-matches-label">
            {sheet.matches.map((match, i) => (
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
                    store.update((r) => ({ ...r, matches: r.matches.map((m, j) => (j === i ? value : m)) as PrepRecord['matches'] }));
                  }}
                />
              </li>
            ))}
          </ol>
        </fieldset>

        <fieldset>
          <legend>Salary</legend>
          <div class="prep-grid">
            {field('salary', 'The range you will say', {
              limit: FIELD_LIMITS.salary,
              hint: range ? `From your salary calculator: ${range.text} (${range.source}).` : 'Work out a researched range with the salary calculator first.',
            })}
            {field('walkAway', 'Your walk-away number', { limit: FIELD_LIMITS.salary, hint: 'Below this, you say no. Keep it to yourself.' })}
          </div>
          <p>
            {range && sheet.salary !== range.text ? (
              <button type="button" class="secondary" onClick={() => store.update((r) => ({ ...r, salary: range.text, walkAway: range.walkAway }))}>
                Use my calculator range
              </button>
            ) : (
              !range && <a href={links.salary}>Open the salary calculator</a>
            )}
          </p>
        </fieldset>

        {Pins && <Pins onPinned={setPinnedStories} />}

        <fieldset>
          <legend>Questions you'll ask</legend>
          <p class="hint">
            Up to {MAX_ASK_QUESTIONS}. {full && 'Your list is full: remove one to add another.'}
          </p>
          {askIdeas.length > 0 && (
            <ul class="prep-ideas">
              {askIdeas.map((idea, i) => {
                const chosen = sheet.questions.includes(idea);
                return (
                  <li>
                    <input
                      type="checkbox"
                      id={`prep-idea-${i}`}
                      checked={chosen}
                      disabled={!chosen && full}
                      onChange={(e) => (e.currentTarget.checked ? addQuestion(idea) : removeQuestion(idea))}
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
                  <button type="button" class="secondary" onClick={() => removeQuestion(q)} aria-label={`Remove: ${q}`}>
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
                    addQuestion(ownQuestion);
                    setOwnQuestion('');
                  }
                }}
              />
              <button
                type="button"
                class="secondary"
                disabled={full || !ownQuestion.trim()}
                onClick={() => {
                  addQuestion(ownQuestion);
                  setOwnQuestion('');
                }}
              >
                Add question
              </button>
            </span>
          </p>
        </fieldset>

        <section class="prep-progress" aria-labelledby="prep-progress-heading">
          <h2 id="prep-progress-heading">Checklist progress</h2>
          <p>
            <strong>
              {progress.done} of {progress.total}
            </strong>{' '}
            checklist items done. <a href={links.checklist}>Open the checklist</a>
          </p>
          <ul class="meta">
            {progress.lists.map((list) => (
              <li>
                {list.title}: {list.done} of {list.total}
              </li>
            ))}
          </ul>
        </section>

        <div class="prep-actions needs-js">
          <button type="button" onClick={() => window.print()}>
            Print this sheet
          </button>
          <button type="button" onClick={() => void addToCalendar()}>
            Add to calendar (.ics)
          </button>
          <button type="button" class="secondary" onClick={() => setConfirmClear(true)}>
            Start a new sheet…
          </button>
        </div>
        {confirmClear && (
          <div class="notice" role="group" aria-label="Start a new sheet?">
            <p>Clear this sheet for another company? Everything on it will be deleted from this browser. Print it first if you want to keep it.</p>
            <div class="prep-actions">
              <button
                type="button"
                onClick={() => {
                  store.update((r) => ({
                    ...emptyPrepRecord(),
                    timeZone: r.timeZone,
                    ...(range ? { salary: range.text, walkAway: range.walkAway } : {}),
                  }));
                  setTouched({});
                  setForCalendar({});
                  setConfirmClear(false);
                  setStatus('The sheet is cleared and ready for your next call.');
                }}
              >
                Yes, clear it
              </button>
              <button type="button" class="secondary" onClick={() => setConfirmClear(false)}>
                Keep it
              </button>
            </div>
          </div>
        )}
        <p role="status">{status}</p>
      </div>
      <PrintSheet sheet={sheet} progress={progress} when={check} askIdeas={askIdeas} stories={pinned} />
    </div>
  );
}
