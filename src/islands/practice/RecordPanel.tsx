/**
 * Record, play back and measure an answer, inside the drill's question card. The store loads when a
 * question shows (to list its saved takes); the recorder and analysis load on the first "Record".
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { clockText } from '../../lib/practice/timer.ts';
import type { Take } from '../../lib/voice/takes.ts';
import type { TakesResult } from '../../lib/voice/recordings-store.ts';
import { takesStore, loadVoiceKit, type VoiceKit } from './recordings.ts';

/** What the runner can ask of the panel from its keyboard handler. */
export interface RecordControl {
  recording: boolean;
  stop: () => void;
}

/** What the runner hands the panel. */
export interface RecordPanelProps {
  questionId: string;
  targetSeconds: number;
  strongPoints: string[];
  /** Recording started: the runner starts a fresh timer. */
  onStart: () => void;
  /** Recording stopped: the runner stops the timer. */
  onStop: () => void;
  control: MutableRef<RecordControl | null>;
}

const seconds = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
type Phase = 'idle' | 'starting' | 'recording' | 'saving';
type Support = Pick<typeof import('../../lib/voice/support.ts'), 'RECORDER_MESSAGES' | 'spaceWarning' | 'takesNotice'>;
type TakeFileName = typeof import('../../lib/voice/takes.ts').takeFileName;

/** The record button, the saved takes for this question and what they say. */
export default function RecordPanel({ questionId, targetSeconds, strongPoints, onStart, onStop, control }: RecordPanelProps) {
  const [takes, setTakes] = useState<Take[] | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [space, setSpace] = useState<string | null>(null);
  const [kit, setKit] = useState<VoiceKit | null>(null);
  const [support, setSupport] = useState<(Support & { takeFileName: TakeFileName }) | null>(null);
  const [recognizer, setRecognizer] = useState<'on-device' | 'downloadable' | 'none' | null>(null);
  const [canRecord, setCanRecord] = useState(true);
  const [live, setLive] = useState('');
  const active = useRef<Awaited<ReturnType<VoiceKit['startRecording']>> | null>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setCanRecord(typeof MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function');
    void Promise.all([import('../../lib/voice/support.ts'), import('../../lib/voice/takes.ts')]).then(([s, t]) =>
      setSupport({ ...s, takeFileName: t.takeFileName }),
    );
    return () => active.current?.cancel();
  }, []);

  // A new question: show its saved takes. Their transcript figures need the analysis code, so it loads too.
  useEffect(() => {
    let cancelled = false;
    setTakes(null);
    takesStore()
      .then((store) => store.load(questionId))
      .then((result) => {
        if (cancelled) return;
        show(result);
        if (result.value.takes.length > 0) void loadVoiceKit().then(setKit);
      })
      .catch(() => !cancelled && setTakes([]));
    return () => {
      cancelled = true;
    };
  }, [questionId]);

  function show(result: TakesResult) {
    setTakes(result.value.takes);
    import('../../lib/voice/support.ts').then(
      (s) => setNotice(s.takesNotice(result.status)),
      () => {},
    );
  }

  async function checkSpace() {
    try {
      const estimate = await navigator.storage?.estimate?.();
      const s = await import('../../lib/voice/support.ts');
      setSpace(s.spaceWarning(estimate));
    } catch {
      // No estimate in this browser: the store still reports a full disk when a save fails.
    }
  }

  async function record() {
    if (phase !== 'idle') return;
    setPhase('starting');
    setProblem(null);
    let voice: VoiceKit;
    try {
      voice = kit ?? (await loadVoiceKit());
    } catch {
      setPhase('idle');
      return setProblem('The recorder couldn’t load. Check your connection and try again. You can keep practicing without recording.');
    }
    setKit(voice);
    const status = recognizer ?? (await voice.onDeviceRecognition());
    setRecognizer(status);
    try {
      active.current = await voice.startRecording(status === 'on-device');
    } catch (error) {
      setPhase('idle');
      const s = await import('../../lib/voice/support.ts');
      const reason = error instanceof voice.RecorderError ? error.problem : 'failed';
      if (reason === 'unsupported') setCanRecord(false);
      return setProblem(s.RECORDER_MESSAGES[reason]);
    }
    setPhase('recording');
    onStart();
    setLive('Recording. Press Space or “Stop recording” when you finish.');
    setTimeout(() => stopButton.current?.focus());
  }

  async function stop() {
    const recording = active.current;
    if (!recording || phase !== 'recording') return;
    active.current = null;
    setPhase('saving');
    onStop();
    try {
      const done = await recording.stop();
      const createdAt = new Date();
      const take: Take = {
        id: `${createdAt.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        createdAt: createdAt.toISOString(),
        mimeType: done.mimeType,
        durationMs: Math.round(done.durationMs),
        targetSeconds,
        audio: done.audio,
        delivery: done.delivery,
        transcript: done.transcript,
        transcriptSource: done.transcript ? 'on-device' : 'typed',
      };
      const store = await takesStore();
      show(await store.add(questionId, take));
      setLive(`Take saved: ${clockText(take.durationMs / 1000)} long. It’s below, with a player.`);
      void checkSpace();
    } catch {
      const s = await import('../../lib/voice/support.ts');
      setProblem(s.RECORDER_MESSAGES.failed);
    } finally {
      setPhase('idle');
    }
  }

  control.current = { recording: phase === 'recording', stop: () => void stop() };

  async function change(run: (store: Awaited<ReturnType<typeof takesStore>>) => Promise<TakesResult>, said: string) {
    show(await run(await takesStore()));
    setLive(said);
  }

  return (
    <div class="drill-record">
      <p class="hint">Recordings stay on this device: they’re kept in this browser, and no audio or words are ever uploaded.</p>
      {canRecord ? (
        <p class="drill-buttons">
          {phase === 'recording' ? (
            <button type="button" ref={stopButton} onClick={() => void stop()} aria-keyshortcuts="Space">
              Stop recording
            </button>
          ) : (
            <button type="button" onClick={() => void record()} disabled={phase !== 'idle'}>
              {phase === 'starting' ? 'Starting the microphone…' : phase === 'saving' ? 'Saving your take…' : 'Record my answer'}
            </button>
          )}
          {phase === 'recording' && <span class="drill-recording">● Recording</span>}
        </p>
      ) : null}
      {!canRecord && !problem && <p class="notice">{support?.RECORDER_MESSAGES.unsupported ?? ''}</p>}
      <p role="alert" class="error-text drill-record-problem">
        {problem}
      </p>
      {notice && <p class="notice drill-takes-notice">{notice}</p>}
      {space && <p class="notice drill-space">{space}</p>}
      {recognizer && (
        <p class="hint drill-recognizer">
          {recognizer === 'on-device'
            ? 'Transcripts come from speech recognition that runs on this device; nothing is sent anywhere. Fix any words it got wrong.'
            : recognizer === 'downloadable'
              ? 'Your browser can recognize speech on this device once it has downloaded English, which it hasn’t yet. Until then, type or paste what you said.'
              : 'This browser can’t recognize speech on this device, and we never use online recognition, so type or paste what you said.'}
        </p>
      )}
      {takes && takes.length > 0 && (
        <>
          <h3 class="drill-takes-heading">Your takes</h3>
          <ol class="drill-takes">
            {takes.map((take, i) => (
              <TakeItem
                key={take.id}
                take={take}
                number={i + 1}
                kit={kit}
                strongPoints={strongPoints}
                fileName={support?.takeFileName(questionId, take) ?? 'take.audio'}
                onTranscript={(text) => void change((s) => s.setTranscript(questionId, take.id, text, 'typed'), 'Transcript saved.')}
                onDelete={() => void change((s) => s.remove(questionId, take.id), `Take ${i + 1} deleted.`)}
              />
            ))}
          </ol>
          <p>
            <button
              type="button"
              class="secondary"
              onClick={() => void change((s) => s.clearQuestion(questionId), 'All takes for this question were deleted.')}
            >
              Delete all takes for this question
            </button>
          </p>
        </>
      )}
      <p class="visually-hidden" role="status">
        {live}
      </p>
    </div>
  );
}

interface TakeItemProps {
  take: Take;
  number: number;
  kit: VoiceKit | null;
  strongPoints: string[];
  fileName: string;
  onTranscript: (text: string) => void;
  onDelete: () => void;
}

/** One take: a native player, its length against the target, what the audio says, and the transcript's figures. */
function TakeItem({ take, number, kit, strongPoints, fileName, onTranscript, onDelete }: TakeItemProps) {
  const url = useMemo(() => URL.createObjectURL(take.audio), [take.audio]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const [draft, setDraft] = useState(take.transcript);
  const d = take.delivery;
  const words = kit && draft.trim() ? kit.transcriptFigures(draft, d.talkMs) : null;
  const coverage = kit && draft.trim() ? kit.keyPointCoverage(strongPoints, draft) : null;
  const id = `take-${take.id}`;
  const over = take.durationMs / 1000 > take.targetSeconds;

  return (
    <li class="drill-take" data-take-id={take.id}>
      <p class="drill-take-title">
        <strong>Take {number}</strong>: <span class="drill-take-length">{clockText(take.durationMs / 1000)}</span> long{' '}
        <span class="meta">
          (target {clockText(take.targetSeconds)}
          {over ? ', over' : ''})
        </span>
      </p>
      <audio controls preload="metadata" src={url} aria-label={`Take ${number}`} />
      <ul class="drill-figures">
        {d.firstWordMs === null ? (
          <li>No speech was heard in this take. Check that the right microphone is on.</li>
        ) : (
          <>
            <li>
              Talk time: <span data-figure="talk">{seconds(d.talkMs)}</span>
            </li>
            <li>
              First word after: <span data-figure="first-word">{seconds(d.firstWordMs)}</span>
            </li>
            <li>
              Longest silence: <span data-figure="longest-silence">{seconds(d.longestSilenceMs)}</span>
            </li>
            <li>
              Silences over 2 seconds: <span data-figure="long-silences">{d.longSilences}</span>
            </li>
          </>
        )}
      </ul>
      <p>
        <label for={id}>What you said in take {number}</label>
        <br />
        <span class="hint" id={`${id}-hint`}>
          {take.transcriptSource === 'on-device'
            ? 'Recognized on this device. Fix anything it misheard.'
            : 'Type or paste it, to see your pace, filler words and key points.'}
        </span>
        <textarea
          id={id}
          aria-describedby={`${id}-hint`}
          rows={3}
          maxLength={50_000}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => onTranscript(e.currentTarget.value)}
        />
      </p>
      {words && (
        <ul class="drill-figures drill-word-figures">
          <li>
            Pace: <span data-figure="wpm">{words.wpm === null ? 'too little speech to measure' : `${words.wpm} words a minute`}</span> ({words.words} words over{' '}
            {seconds(d.talkMs)} of talk)
          </li>
          <li>
            Filler words: <span data-figure="fillers">at least {words.fillerTotal}</span>
            {words.fillerTotal > 0 &&
              ` (${Object.entries(words.fillers)
                .filter(([, n]) => n > 0)
                .map(([f, n]) => `“${f}” ${n}`)
                .join(', ')})`}
          </li>
          {coverage && (
            <li>
              Key points mentioned:{' '}
              <span data-figure="coverage">
                {coverage.filter((c) => c.covered).length} of {coverage.length}
              </span>
              <ul>
                {coverage.map((c) => (
                  <li>
                    <span aria-hidden="true">{c.covered ? '✓' : '✗'}</span> {c.point}
                    <span class="visually-hidden">{c.covered ? ': mentioned' : ': not mentioned'}</span>
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
      <p class="drill-buttons">
        <a class="button secondary" href={url} download={fileName}>
          Download take {number}
        </a>
        <button type="button" class="secondary" onClick={onDelete}>
          Delete take {number}
        </button>
      </p>
    </li>
  );
}
