/**
 * The call prep sheet: a form saved as you type, a one-page print view, and a calendar reminder.
 * It pulls in the salary calculator's saved range and the checklist's progress from this browser.
 * Each section of the form is its own component in ./prep/; this file holds the state they share.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyPrepRecord, prepRecord, type PrepRecord } from '../lib/prep/stored-record.ts';
import { isBlank, type PrepTextField } from '../lib/prep/sheet-fields.ts';
import type { CheckedField, PrepCheck } from '../lib/prep/validate.ts';
import { checklistProgress, type ChecklistOutline } from '../lib/prep/checklist-progress.ts';
import { useStoredRecord } from './use-stored-record.ts';
import { allZones, browserZone } from '../lib/prep/time-zones.ts';
import { newEventUid } from '../lib/prep/event-uid.ts';
import type { Story } from '../lib/stories/model.ts';
import type { ComponentType } from 'preact';
import PrintSheet from './prep/PrintSheet.tsx';
import CallSection from './prep/CallSection.tsx';
import CallerSection from './prep/CallerSection.tsx';
import PitchSection from './prep/PitchSection.tsx';
import SalarySection from './prep/SalarySection.tsx';
import AskSection from './prep/AskSection.tsx';
import ProgressSection from './prep/ProgressSection.tsx';
import SheetActions from './prep/SheetActions.tsx';
import { readOtherTools, type FromOtherTools } from './prep/other-tools.ts';
import type { PrepForm } from './prep/form.ts';

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
  const progress = checklistProgress(checklists, other.checklist);
  const range = other.range;
  const form: PrepForm = {
    sheet,
    update: store.update,
    set: (field: PrepTextField, value: string) => {
      store.update((r) => ({ ...r, [field]: value }));
      setForCalendar((f) => ({ ...f, [field]: undefined }));
    },
    touch: (field) => setTouched((t) => ({ ...t, [field]: true })),
    errorFor: (field) => forCalendar[field] ?? (touched[field] ? check.errors[field] : undefined),
  };

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

  function clearSheet() {
    store.update((r) => ({
      ...emptyPrepRecord(),
      timeZone: r.timeZone,
      ...(range ? { salary: range.text, walkAway: range.walkAway } : {}),
    }));
    setTouched({});
    setForCalendar({});
    setStatus('The sheet is cleared and ready for your next call.');
  }

  return (
    <div class="prep">
      {store.notice && <p class="notice no-print">{store.notice}</p>}
      {/* Not a <form>: nothing is submitted anywhere; every field saves in this browser as it changes. */}
      <div class="prep-form no-print">
        <CallSection form={form} check={check} zones={zones} />
        <CallerSection form={form} />
        <PitchSection form={form} links={links} />
        <SalarySection form={form} range={range} salaryLink={links.salary} />
        {Pins && <Pins onPinned={setPinnedStories} />}
        <AskSection form={form} askIdeas={askIdeas} />
        <ProgressSection progress={progress} checklistLink={links.checklist} />
        <SheetActions onCalendar={() => void addToCalendar()} onClear={clearSheet} />
        <p role="status">{status}</p>
      </div>
      <PrintSheet sheet={sheet} progress={progress} when={check} askIdeas={askIdeas} stories={pinned} />
    </div>
  );
}
