/**
 * The recorder and the voice analysis, loaded on the first "Record my answer" (or when saved takes need
 * their figures), never at page open. Browser glue only: the figures come from src/lib/voice/.
 */
import { deliveryFigures, framesFromSamples, rmsLevel, type DeliveryFigures, type LevelFrame } from '../../lib/voice/silence.ts';
import { chooseMimeType, recorderProblem, type RecorderProblem } from '../../lib/voice/support.ts';

export { transcriptFigures } from '../../lib/voice/transcript.ts';
export { keyPointCoverage } from '../../lib/voice/coverage.ts';
export { oneThingToWorkOn } from '../../lib/voice/coach.ts';

/** A recording that could not start or went wrong, with the reader-facing reason. */
export class RecorderError extends Error {
  constructor(readonly problem: RecorderProblem) {
    super(problem);
  }
}

/** A finished take, before it is stored. */
export interface FinishedRecording {
  audio: Blob;
  mimeType: string;
  durationMs: number;
  delivery: DeliveryFigures;
  /** Words from the on-device recognizer, or '' when none ran. */
  transcript: string;
}

/** A recording under way. */
export interface ActiveRecording {
  /** Stops, and resolves with the take and its figures. */
  stop(): Promise<FinishedRecording>;
  /** Stops and throws everything away (the reader left the question). */
  cancel(): void;
}

/** How often the loudness is read while recording; 25 ms finds pauses to within a fortieth of a second. */
const READ_EVERY_MS = 25;

type Recognition = {
  processLocally?: boolean;
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<{ isFinal: boolean; 0: { transcript: string } }> }) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
};
type RecognitionClass = {
  new (): Recognition;
  prototype: object;
  available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>;
};

/** The browser's speech recognizer class, only if it can be told to stay on the device. */
function recognitionClass(): RecognitionClass | null {
  const w = window as unknown as { SpeechRecognition?: RecognitionClass; webkitSpeechRecognition?: RecognitionClass };
  const SR = w.SpeechRecognition ?? w.webkitSpeechRecognition;
  if (!SR || typeof SR.available !== 'function' || !('processLocally' in SR.prototype)) return null;
  return SR;
}

/** Where transcripts come from here: `on-device` recognition is ready, `downloadable` needs a language pack first, `none` otherwise. */
export type RecognizerStatus = 'on-device' | 'downloadable' | 'none';

/**
 * Whether English speech can be recognized on this device. Only `processLocally: true` is asked about:
 * the default recognizer may send audio to a server, so it is never used.
 */
export async function onDeviceRecognition(): Promise<RecognizerStatus> {
  const SR = recognitionClass();
  if (!SR) return 'none';
  try {
    const status = await SR.available!({ langs: ['en-US'], processLocally: true });
    if (status === 'available') return 'on-device';
    return status === 'downloadable' || status === 'downloading' ? 'downloadable' : 'none';
  } catch {
    return 'none';
  }
}

/** Starts on-device recognition; null when the recognizer won't promise to stay on the device. */
function startRecognition(): { finish(): Promise<string>; cancel(): void } | null {
  const SR = recognitionClass();
  if (!SR) return null;
  let recognition: Recognition;
  try {
    recognition = new SR();
    recognition.processLocally = true;
    // A browser that ignores the setting would fall back to its cloud service: don't start it at all.
    if (recognition.processLocally !== true) return null;
    recognition.lang = 'en-US';
    recognition.continuous = true;
    recognition.interimResults = false;
  } catch {
    return null;
  }
  const parts: string[] = [];
  let ended = false;
  let onEnd = () => {};
  recognition.onresult = (event) => {
    for (let i = event.resultIndex; i < event.results.length; i += 1) if (event.results[i]!.isFinal) parts.push(event.results[i]![0].transcript.trim());
  };
  recognition.onend = () => ((ended = true), onEnd());
  recognition.onerror = () => {};
  try {
    recognition.start();
  } catch {
    return null;
  }
  return {
    finish: () =>
      new Promise((resolve) => {
        const done = () => resolve(parts.filter(Boolean).join(' '));
        if (ended) return done();
        onEnd = done;
        // Final results arrive just after stop(); don't wait for ever if they don't.
        setTimeout(done, 2000);
        try {
          recognition.stop();
        } catch {
          done();
        }
      }),
    cancel: () => {
      try {
        recognition.abort();
      } catch {
        // Already stopped.
      }
    },
  };
}

/** Loudness readings from a decoded clip, for when live readings were impossible (no Web Audio while recording). */
async function framesFromClip(audio: Blob): Promise<LevelFrame[]> {
  try {
    const context = new AudioContext();
    const buffer = await context.decodeAudioData(await audio.arrayBuffer());
    void context.close();
    return framesFromSamples(buffer.getChannelData(0), buffer.sampleRate, 20);
  } catch {
    return [];
  }
}

/** True when this browser has what recording needs. */
export function canRecord(): boolean {
  return typeof MediaRecorder === 'function' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/**
 * Asks for the microphone and starts recording in the best type the browser supports, reading loudness
 * through an AnalyserNode as it goes. `withRecognition` also starts on-device recognition.
 */
export async function startRecording(withRecognition: boolean): Promise<ActiveRecording> {
  if (!canRecord()) throw new RecorderError('unsupported');
  let stream: MediaStream;
  try {
    // Processing off: noise suppression treats a steady sound as noise, and gain control lifts the room between words.
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
  } catch (error) {
    throw new RecorderError(recorderProblem(error));
  }
  const release = () => stream.getTracks().forEach((track) => track.stop());
  const chosen = chooseMimeType(MediaRecorder.isTypeSupported?.bind(MediaRecorder));
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, chosen ? { mimeType: chosen } : undefined);
  } catch (error) {
    release();
    throw new RecorderError(recorderProblem(error));
  }
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });

  // The recorder starts first, as soon as the microphone is ours, so the take's clock starts with the sound.
  const recognition = withRecognition ? startRecognition() : null;
  try {
    recorder.start(1000);
  } catch (error) {
    release();
    recognition?.cancel();
    throw new RecorderError(recorderProblem(error));
  }
  const recorderStartedAt = performance.now();
  const frames: LevelFrame[] = [];
  let context: AudioContext | null = null;
  let reader: ReturnType<typeof setInterval> | undefined;
  try {
    context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    if (context.state === 'suspended') await context.resume();
    const block = new Float32Array(analyser.fftSize);
    reader = setInterval(() => {
      analyser.getFloatTimeDomainData(block);
      frames.push({ atMs: performance.now() - recorderStartedAt, level: rmsLevel(block) });
    }, READ_EVERY_MS);
  } catch {
    // No Web Audio: the figures come from decoding the clip instead.
  }

  const tidy = () => {
    clearInterval(reader);
    void context?.close().catch(() => {});
    release();
  };

  return {
    stop: () =>
      new Promise<FinishedRecording>((resolve, reject) => {
        recorder.addEventListener('stop', async () => {
          const durationMs = Math.max(0, performance.now() - recorderStartedAt);
          tidy();
          const mimeType = recorder.mimeType || chosen || 'audio/webm';
          const audio = new Blob(chunks, { type: mimeType });
          if (audio.size === 0) return reject(new RecorderError('failed'));
          const readings = frames.length > 0 ? frames : await framesFromClip(audio);
          const transcript = recognition ? await recognition.finish() : '';
          resolve({ audio, mimeType, durationMs, delivery: deliveryFigures(readings, durationMs), transcript });
        });
        recorder.addEventListener('error', () => (tidy(), reject(new RecorderError('failed'))));
        try {
          recorder.stop();
        } catch {
          tidy();
          reject(new RecorderError('failed'));
        }
      }),
    cancel: () => {
      recognition?.cancel();
      try {
        recorder.stop();
      } catch {
        // Already stopped.
      }
      tidy();
    },
  };
}
