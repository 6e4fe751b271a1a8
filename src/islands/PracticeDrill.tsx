/**
 * The practice drill's first screen: choose a track and a mode, then start. Only this part ships at first
 * render; the question bank, the runner and the storage schema load when needed.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PURPOSE_IDS, PURPOSE_LABELS, ROLE_IDS, ROLE_LABELS, type PurposeId, type RoleId } from '../lib/purposes.ts';
import type { PracticeData } from '../lib/practice/data.ts';
import type { DrillItem, DrillPlan, DrillSizes } from '../lib/practice/select.ts';
import { withPreferences } from '../lib/practice/answers.ts';
import { practiceRecord, type PracticeRecord } from '../lib/practice/stored-record.ts';
import { useStoredRecord } from './use-stored-record.ts';
import type { RunnerProps } from './practice/DrillRunner.tsx';
import type { SavedNotesProps } from './practice/SavedNotes.tsx';

/** The island's props: plain data from the page. */
export interface PracticeDrillProps {
  /** Where the question bank's JSON is built. */
  dataUrl: string;
  /** Drill sizes for every track, worked out at build time. */
  sizes: Record<RoleId, DrillSizes>;
  /** The prep sheet, suggested at the end. */
  prepHref: string;
}

let dataPromise: Promise<PracticeData> | null = null;
/** Fetches the bank once per page; a failure is forgotten so "try again" really tries again. */
function loadData(url: string): Promise<PracticeData> {
  dataPromise ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<PracticeData>;
  });
  dataPromise.catch(() => (dataPromise = null));
  return dataPromise;
}

type Count = '3' | '5' | 'all';
/** A drill under way; `run` changes on every start, so the runner starts afresh even for the same questions. */
type Running = { Runner: ComponentType<RunnerProps>; items: DrillItem[]; data: PracticeData; run: number };

/** The drill: setup until the reader starts, then the lazily loaded runner. */
export default function PracticeDrill({ dataUrl, sizes, prepHref }: PracticeDrillProps) {
  const store = useStoredRecord<PracticeRecord>(practiceRecord);
  const [track, setTrack] = useState<RoleId>('any');
  const [mode, setMode] = useState<'screen' | 'purpose'>('screen');
  const [purpose, setPurpose] = useState<PurposeId>('qualifications');
  const [count, setCount] = useState<Count>('5');
  const [speak, setSpeak] = useState(false);
  const [canSpeak, setCanSpeak] = useState(true);
  const [seed, setSeed] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [SavedNotes, setSavedNotes] = useState<ComponentType<SavedNotesProps> | null>(null);
  const fromUrl = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // Choices in the address (?track=, ?purpose=, ?seed=) let other pages link to a drill and tests fix the order.
  useEffect(() => {
    // Export, import and clear aren't needed for the first paint: they arrive just after.
    import('./practice/SavedNotes.tsx').then(
      (m) => setSavedNotes(() => m.default),
      () => {},
    );
    setCanSpeak('speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function');
    const params = new URLSearchParams(location.search);
    const t = params.get('track') as RoleId;
    const p = params.get('purpose') as PurposeId;
    const s = Number(params.get('seed'));
    if (ROLE_IDS.includes(t)) {
      setTrack(t);
      fromUrl.current = true;
    }
    if (PURPOSE_IDS.includes(p)) {
      setMode('purpose');
      setPurpose(p);
    }
    if (params.has('seed') && Number.isInteger(s)) setSeed(s);
  }, []);

  // Once storage is read, bring back the last track and read-aloud choice (unless the address chose a track).
  useEffect(() => {
    const prefs = store.value.preferences;
    if (!store.ready || !prefs) return;
    if (!fromUrl.current) setTrack(prefs.track);
    setSpeak(prefs.speak);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restore the saved choices once, when storage is read; later saves come from these very choices
  }, [store.ready]);

  const size = mode === 'screen' ? sizes[track].screen : sizes[track].purposes[purpose];
  const planned = mode === 'purpose' && count !== 'all' ? Math.min(size, Number(count)) : size;

  async function begin(plan: (select: (p: DrillPlan) => DrillItem[]) => DrillItem[]) {
    setLoading(true);
    setError(null);
    try {
      const [data, selectModule, runnerModule] = await Promise.all([
        loadData(dataUrl),
        import('../lib/practice/select.ts'),
        import('./practice/DrillRunner.tsx'),
      ]);
      const select = (p: DrillPlan) => selectModule.selectQuestions(data.questions, p);
      const items = plan(select);
      if (items.length === 0) throw new Error('empty');
      setRunning((previous) => ({ Runner: runnerModule.default, items, data, run: (previous?.run ?? 0) + 1 }));
    } catch (e) {
      setError(
        (e as Error).message === 'empty'
          ? 'There are no questions for that choice yet. Pick another track or purpose.'
          : 'We couldn’t load the questions. Check your connection and try again.',
      );
    } finally {
      setLoading(false);
    }
  }

  function start(event: Event) {
    event.preventDefault();
    store.update((r) => withPreferences(r, track, speak && canSpeak));
    const drillSeed = seed ?? Date.now() >>> 0;
    void begin((select) =>
      select(
        mode === 'screen' ? { mode, track, seed: drillSeed } : { mode, track, purpose, seed: drillSeed, count: count === 'all' ? undefined : Number(count) },
      ),
    );
  }

  function exit() {
    setRunning(null);
    // The setup heading is back in the page after this render.
    setTimeout(() => heading.current?.focus());
  }

  if (running) {
    const { Runner } = running;
    return (
      <div class="drill">
        {store.notice && <p class="notice">{store.notice}</p>}
        <Runner
          key={running.run}
          items={running.items}
          record={store.value}
          update={store.update}
          help={running.data.help}
          speak={speak && canSpeak}
          prepHref={prepHref}
          onExit={exit}
          onRetry={(ids) => void begin((select) => select({ mode: 'ids', ids }))}
        />
      </div>
    );
  }

  return (
    <div class="drill">
      {store.notice && <p class="notice">{store.notice}</p>}
      <form class="drill-setup card" onSubmit={start} aria-labelledby="drill-setup-heading">
        <h2 id="drill-setup-heading" ref={heading} tabIndex={-1}>
          Set up your drill
        </h2>
        <p>
          <label for="drill-track">Your track</label>
          <br />
          <select id="drill-track" value={track} onChange={(e) => setTrack(e.currentTarget.value as RoleId)}>
            {ROLE_IDS.map((r) => (
              <option value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>What to practice</legend>
          <p>
            <input
              type="radio"
              id="drill-mode-screen"
              name="drill-mode"
              aria-describedby="drill-mode-screen-hint"
              checked={mode === 'screen'}
              onChange={() => setMode('screen')}
            />{' '}
            <label for="drill-mode-screen">A real screen</label>
            <br />
            <span class="hint" id="drill-mode-screen-hint">
              {sizes[track].screen} questions in the order a caller asks them: opener, background, one technical question, availability, why this company,
              salary, and “any questions for me?”
            </span>
          </p>
          <p>
            <input
              type="radio"
              id="drill-mode-purpose"
              name="drill-mode"
              aria-describedby="drill-mode-purpose-hint"
              checked={mode === 'purpose'}
              onChange={() => setMode('purpose')}
            />{' '}
            <label for="drill-mode-purpose">Drill one purpose</label>
            <br />
            <span class="hint" id="drill-mode-purpose-hint">
              Several questions that check the same thing, in a shuffled order.
            </span>
          </p>
          {mode === 'purpose' && (
            <div class="drill-purpose">
              <p>
                <label for="drill-purpose">Purpose</label>
                <br />
                <select id="drill-purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value as PurposeId)}>
                  {PURPOSE_IDS.map((p) => (
                    <option value={p}>
                      {PURPOSE_LABELS[p]} ({sizes[track].purposes[p]})
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label for="drill-count">How many</label>
                <br />
                <select id="drill-count" value={count} onChange={(e) => setCount(e.currentTarget.value as Count)}>
                  <option value="3">3 questions</option>
                  <option value="5">5 questions</option>
                  <option value="all">All of them</option>
                </select>
              </p>
            </div>
          )}
        </fieldset>
        <p>
          <input type="checkbox" id="drill-speak" checked={speak && canSpeak} disabled={!canSpeak} onChange={(e) => setSpeak(e.currentTarget.checked)} />{' '}
          <label for="drill-speak">Read each question aloud</label>
          <br />
          <span class="hint">
            {canSpeak
              ? 'It’s a phone call, so hearing the question helps. Your browser’s own voice does it; nothing is sent anywhere.'
              : 'Your browser can’t read aloud, so questions are shown on screen only.'}
          </span>
        </p>
        <p>
          <button type="submit" disabled={loading || planned === 0}>
            {loading ? 'Loading questions…' : `Start: ${planned} question${planned === 1 ? '' : 's'}`}
          </button>
        </p>
        {planned === 0 && <p class="hint">No questions for this choice yet. Pick another track or purpose.</p>}
        <p role="alert" class="error-text">
          {error}
        </p>
      </form>
      {SavedNotes && (
        <SavedNotes record={store.value} ready={store.ready} update={store.update} loadQuestions={() => loadData(dataUrl).then((d) => d.questions)} />
      )}
    </div>
  );
}
