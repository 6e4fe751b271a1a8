/**
 * The drill itself, loaded when the reader presses Start: one question at a time with a timer, notes,
 * a self-check against the strong answer, a rating, and a summary at the end.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PURPOSE_LABELS } from '../../lib/purposes.ts';
import { formatDuration } from '../../lib/format-duration.ts';
import type { PracticeData } from '../../lib/practice/data.ts';
import type { DrillItem } from '../../lib/practice/select.ts';
import { RATINGS, type PracticeRecord, type Rating } from '../../lib/practice/stored-record.ts';
import { RATING_LABELS, updateAnswer } from '../../lib/practice/answers.ts';
import { summarize, type DrillResult } from '../../lib/practice/summary.ts';
import { IDLE_TIMER, clockText, elapsedSeconds, overTimeMessage, stopTimer, timerMilestone, toggleTimer, type TimerState } from '../../lib/practice/timer.ts';
import { startTimer } from '../../lib/practice/timer.ts';
import RecordPanel, { type RecordControl } from './RecordPanel.tsx';
import RecordingsSummary from './RecordingsSummary.tsx';
import DrillStories from './DrillStories.tsx';

/** What the setup screen hands the runner. */
export interface RunnerProps {
  items: DrillItem[];
  record: PracticeRecord;
  update: (next: (previous: PracticeRecord) => PracticeRecord) => void;
  help: PracticeData['help'];
  speak: boolean;
  prepHref: string;
  onExit: () => void;
  onRetry: (ids: string[]) => void;
}

/** Says a prompt with the browser's own voice; silently does nothing where speech is missing or blocked. */
function say(text: string | null) {
  try {
    window.speechSynthesis.cancel();
    if (text) window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch {
    // No speech here: the prompt is on screen anyway.
  }
}

/** True when a key press belongs to a control (typing, or Space on a button) rather than to the drill. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'INPUT') return !/^(radio|checkbox|button|submit|reset|file|range|color)$/.test((el as HTMLInputElement).type);
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}
function isControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && /^(BUTTON|A|SUMMARY|INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

type Result = Pick<DrillResult, 'seconds' | 'rating'>;

/** Runs one drill from the first question to the summary. */
export default function DrillRunner({ items, record, update, help, speak, prepHref, onExit, onRetry }: RunnerProps) {
  const [index, setIndex] = useState(0);
  const [timer, setTimer] = useState<TimerState>(IDLE_TIMER);
  const [now, setNow] = useState(() => Date.now());
  const [revealed, setRevealed] = useState(false);
  const [results, setResults] = useState<Result[]>(() => items.map(() => ({ seconds: null, rating: null })));
  const [finished, setFinished] = useState(false);
  const [live, setLive] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const lastSecond = useRef(0);
  const recordControl = useRef<RecordControl | null>(null);

  const item = items[index]!;
  const { question } = item;
  const seconds = elapsedSeconds(timer, now);
  const answer = record.answers[question.id];

  // A new question: focus on the prompt, and read it aloud if asked.
  useEffect(() => {
    if (finished) return;
    heading.current?.focus();
    if (speak) say(question.prompt);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new question is focused and read aloud; switching read-aloud on must not repeat the current one
  }, [index, finished]);

  useEffect(() => () => say(null), []);

  // Tick while running; tell screen readers only at milestones, never every second.
  useEffect(() => {
    if (timer.status !== 'running') return;
    const id = setInterval(() => {
      const at = Date.now();
      setNow(at);
      const s = elapsedSeconds(timer, at);
      const milestone = timerMilestone(question.targetSeconds, lastSecond.current, s);
      lastSecond.current = s;
      if (milestone) setLive(milestone);
    }, 250);
    return () => clearInterval(id);
  }, [timer, question]);

  function noteResult(patch: Partial<Result>) {
    setResults((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  }

  function toggle() {
    const at = Date.now();
    const next = toggleTimer(timer, at);
    if (next === timer) return;
    setNow(at);
    setTimer(next);
    setLive(
      next.status === 'running'
        ? timer.status === 'idle'
          ? 'Timer started. Answer out loud.'
          : 'Timer running again.'
        : `Timer paused at ${formatDuration(elapsedSeconds(next, at))}.`,
    );
  }

  /** Ends the answer's timing and keeps its length, for the summary and for next time. */
  function finishTiming(): number | null {
    const at = Date.now();
    const stopped = stopTimer(timer, at);
    setTimer(stopped);
    setNow(at);
    if (stopped.status !== 'stopped') return results[index]!.seconds;
    const s = elapsedSeconds(stopped, at);
    noteResult({ seconds: s });
    update((r) => updateAnswer(r, question.id, { seconds: s }, new Date()));
    return s;
  }

  /** A take starts: the timer starts afresh with it, so the clock shows the take's length. */
  function recordingStarted() {
    const at = Date.now();
    lastSecond.current = 0;
    setNow(at);
    setTimer(startTimer(IDLE_TIMER, at));
    setLive('Recording and timing your answer.');
  }

  /** A take ends: so does the answer's timing. */
  function recordingStopped() {
    if (timer.status === 'running' || timer.status === 'paused') finishTiming();
  }

  function reveal() {
    if (revealed) return;
    const s = finishTiming();
    setRevealed(true);
    setLive(`${s === null ? '' : `Timer stopped at ${formatDuration(s)}. `}The strong-answer checklist and a sample answer are below.`);
  }

  function next() {
    if (timer.status === 'running' || timer.status === 'paused') finishTiming();
    say(null);
    if (index + 1 < items.length) {
      // The next question starts with a fresh timer, in the same render as its prompt.
      setIndex(index + 1);
      setTimer(IDLE_TIMER);
      setRevealed(false);
      lastSecond.current = 0;
    } else {
      setFinished(true);
      setLive('Drill finished. Here is your summary.');
    }
  }

  function rate(rating: Rating) {
    noteResult({ rating });
    update((r) => updateAnswer(r, question.id, { rating }, new Date()));
  }

  // Keyboard: Space starts or pauses the timer, N moves on, R reveals. Never while typing.
  const keys = useRef({ toggle, next, reveal });
  keys.current = { toggle, next, reveal };
  useEffect(() => {
    if (finished) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === ' ' && recordControl.current?.recording) {
        // While recording, Space (even on a button) ends the take: the stop button has focus then anyway.
        event.preventDefault();
        recordControl.current.stop();
      } else if (event.key === ' ' && !isControl(event.target)) {
        event.preventDefault();
        keys.current.toggle();
      } else if (event.key === 'n' || event.key === 'N') keys.current.next();
      else if (event.key === 'r' || event.key === 'R') keys.current.reveal();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [finished]);

  if (finished) return <Summary items={items} results={results} help={help} prepHref={prepHref} onExit={onExit} onRetry={onRetry} />;

  const over = overTimeMessage(seconds, question.targetSeconds);
  const rating = results[index]!.rating;
  const last = index + 1 === items.length;
  const notesId = `drill-notes-${index}`;

  return (
    <section class="drill-question card" aria-labelledby="drill-prompt">
      <p class="meta">
        Question {index + 1} of {items.length} · {item.beat ? item.beat.label : PURPOSE_LABELS[question.purpose]} · aim for about{' '}
        {formatDuration(question.targetSeconds)}
      </p>
      <h2 id="drill-prompt" ref={heading} tabIndex={-1}>
        “{question.prompt}”
      </h2>
      {speak && (
        <p>
          <button type="button" class="secondary" onClick={() => say(question.prompt)}>
            Read it again
          </button>
        </p>
      )}

      <div class="drill-timer">
        <p role="timer" class={over ? 'drill-clock drill-over' : 'drill-clock'}>
          <span class="visually-hidden">Time: </span>
          {clockText(seconds)} <span class="meta">/ {clockText(question.targetSeconds)} target</span>
        </p>
        <button type="button" onClick={toggle} disabled={timer.status === 'stopped'} aria-keyshortcuts="Space">
          {timer.status === 'running' ? 'Pause' : timer.status === 'paused' ? 'Resume' : timer.status === 'stopped' ? 'Timer stopped' : 'Start timer'}
        </button>
      </div>
      {over && <p class="drill-gentle">{over}</p>}

      <RecordPanel
        key={question.id}
        questionId={question.id}
        targetSeconds={question.targetSeconds}
        strongPoints={question.strongPoints}
        onStart={recordingStarted}
        onStop={recordingStopped}
        control={recordControl}
      />

      <p>
        <label for={notesId}>Your notes</label>
        <br />
        <span class="hint" id={`${notesId}-hint`}>
          Bullet points you want to hit. Saved in this browser as you type.
        </span>
        <textarea
          id={notesId}
          aria-describedby={`${notesId}-hint`}
          rows={4}
          maxLength={5000}
          value={answer?.notes ?? ''}
          onInput={(e) => {
            const notes = e.currentTarget.value;
            update((r) => updateAnswer(r, question.id, { notes }, new Date()));
          }}
        />
      </p>
      <DrillStories purpose={question.purpose} roles={question.roles} />

      {!revealed ? (
        <p>
          <button type="button" onClick={reveal} aria-keyshortcuts="R">
            Check my answer
          </button>
        </p>
      ) : (
        <div class="drill-reveal">
          <h3>Did your answer…</h3>
          <ul class="drill-checks">
            {question.strongPoints.map((point, i) => (
              <li key={`${index}-${i}`}>
                <input type="checkbox" id={`drill-point-${index}-${i}`} /> <label for={`drill-point-${index}-${i}`}>{point}</label>
              </li>
            ))}
          </ul>
          {question.sample && (
            <>
              <h3>A strong answer sounds like this</h3>
              <blockquote class="drill-sample">
                {question.sample.split('\n\n').map((paragraph) => (
                  <p>{paragraph}</p>
                ))}
              </blockquote>
            </>
          )}
          <p>
            <a href={question.href}>Why they ask this, and a weak answer to avoid</a>
          </p>
          <fieldset class="drill-rating">
            <legend>How did that go?</legend>
            {RATINGS.map((r) => (
              <span>
                <input type="radio" name={`drill-rating-${index}`} id={`drill-rating-${index}-${r}`} checked={rating === r} onChange={() => rate(r)} />{' '}
                <label for={`drill-rating-${index}-${r}`}>{RATING_LABELS[r]}</label>
              </span>
            ))}
          </fieldset>
          {answer?.rating && answer.rating !== rating && <p class="hint">Last time you rated this one “{RATING_LABELS[answer.rating]}”.</p>}
        </div>
      )}

      <div class="drill-buttons">
        <button type="button" class={revealed ? undefined : 'secondary'} onClick={next} aria-keyshortcuts="N">
          {last ? 'Finish and see my summary' : 'Next question'}
        </button>
        <button type="button" class="secondary" onClick={onExit}>
          Stop the drill
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {live}
      </p>
    </section>
  );
}

interface SummaryProps {
  items: DrillItem[];
  results: Result[];
  help: PracticeData['help'];
  prepHref: string;
  onExit: () => void;
  onRetry: (ids: string[]) => void;
}

const VERDICTS = { untimed: 'not timed', short: 'short: add an example', 'on-target': 'on target', over: 'over target' } as const;

/** The end of a drill: time and rating per answer, and what to read up on. */
function Summary({ items, results, help, prepHref, onExit, onRetry }: SummaryProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = summarize(
    items.map(({ question: q }, i) => ({ id: q.id, prompt: q.prompt, purpose: q.purpose, targetSeconds: q.targetSeconds, ...results[i]! })),
  );
  const { counts } = summary;

  return (
    <section class="drill-summary card" aria-labelledby="drill-summary-heading">
      <h2 id="drill-summary-heading" ref={heading} tabIndex={-1}>
        Your drill summary
      </h2>
      <p>
        {counts.strong} strong, {counts.okay} okay, {counts['needs-work']} need work
        {counts.unrated > 0 ? `, ${counts.unrated} not rated` : ''}.
      </p>
      <div class="drill-table">
        <table>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Time</th>
              <th scope="col">Your rating</th>
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr>
                <th scope="row">{row.prompt}</th>
                <td>
                  {row.seconds === null ? '—' : clockText(row.seconds)}{' '}
                  <span class="meta">
                    of {clockText(row.targetSeconds)}: {VERDICTS[row.verdict]}
                  </span>
                </td>
                <td>{row.rating ? RATING_LABELS[row.rating] : 'Not rated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <RecordingsSummary questions={items.map(({ question: q }) => ({ id: q.id, prompt: q.prompt, strongPoints: q.strongPoints }))} />

      <h3>What to work on</h3>
      {summary.needsWork.length === 0 ? (
        <p>Nothing rated “needs work”. Try another track, or drill one purpose with harder questions.</p>
      ) : (
        <ul class="drill-help">
          {summary.needsWork.map((purpose) => (
            <li>
              <strong>{PURPOSE_LABELS[purpose]}</strong>
              {help[purpose].length > 0 && ': '}
              {help[purpose].map((link, i) => (
                <>
                  {i > 0 && ' · '}
                  <a href={link.href}>{link.title}</a>
                </>
              ))}
            </li>
          ))}
        </ul>
      )}

      <div class="drill-buttons">
        {summary.retryIds.length > 0 && (
          <button type="button" onClick={() => onRetry(summary.retryIds)}>
            Practice the {summary.retryIds.length} that need work
          </button>
        )}
        <button type="button" class="secondary" onClick={onExit}>
          Set up a new drill
        </button>
      </div>
      <p>
        Got a call booked? Put your best lines on the <a href={prepHref}>call prep sheet</a>.
      </p>
    </section>
  );
}
