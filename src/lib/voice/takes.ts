/**
 * Recorded takes, kept per question in IndexedDB: the audio, its type and length, and the figures worked
 * out when it was recorded. One definition (key, version, empty value, migrations, check, notice words).
 */
import { defineRecord } from '../storage/define-record.ts';
import type { RecordCheck } from '../storage/versioned-store.ts';
import type { DeliveryFigures } from './silence.ts';

/** How many takes are kept per question; a fourth pushes out the oldest. */
export const MAX_TAKES = 3;

/** The takes record version this code writes. */
export const TAKES_RECORD_VERSION = 1;

/** Where the transcript came from: typed or pasted by the reader, or an on-device recognizer. */
export type TranscriptSource = 'typed' | 'on-device';

/** One recorded answer. */
export interface Take {
  /** Unique within the question, e.g. the time it was made in ms plus a random part. */
  id: string;
  /** ISO time the take was recorded. */
  createdAt: string;
  /** The MIME type MediaRecorder produced, e.g. `audio/webm;codecs=opus`; needed to play and name the file. */
  mimeType: string;
  /** Length in ms, as timed while recording. */
  durationMs: number;
  /** The question's target length when recorded, for "1:05 of 0:45". */
  targetSeconds: number;
  /** The audio itself. */
  audio: Blob;
  /** Figures from the audio, worked out when recording stopped. */
  delivery: DeliveryFigures;
  /** What the reader said, typed or recognized on the device; empty until given. */
  transcript: string;
  transcriptSource: TranscriptSource;
}

/** All takes for one question, newest last. Stored under the question's id. */
export interface QuestionTakes {
  version: typeof TAKES_RECORD_VERSION;
  takes: Take[];
}

/** No takes yet. */
export function emptyTakes(): QuestionTakes {
  return { version: TAKES_RECORD_VERSION, takes: [] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** True for figures with every number finite and non-negative. */
function isDelivery(v: unknown): v is DeliveryFigures {
  if (!isObject(v)) return false;
  return (
    isCount(v.durationMs) &&
    isCount(v.talkMs) &&
    (v.firstWordMs === null || isCount(v.firstWordMs)) &&
    isCount(v.longestSilenceMs) &&
    Number.isInteger(v.longSilences) &&
    isCount(v.longSilences)
  );
}

/** True for a stored take of the current version. */
function isTake(v: unknown): v is Take {
  if (!isObject(v)) return false;
  return (
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    v.id.length <= 100 &&
    typeof v.createdAt === 'string' &&
    !Number.isNaN(Date.parse(v.createdAt)) &&
    typeof v.mimeType === 'string' &&
    v.mimeType.length <= 200 &&
    isCount(v.durationMs) &&
    Number.isInteger(v.targetSeconds) &&
    (v.targetSeconds as number) > 0 &&
    typeof Blob !== 'undefined' &&
    v.audio instanceof Blob &&
    isDelivery(v.delivery) &&
    typeof v.transcript === 'string' &&
    v.transcript.length <= 50_000 &&
    (v.transcriptSource === 'typed' || v.transcriptSource === 'on-device')
  );
}

/** The zod-free check of a stored takes record (a Blob can't be described by JSON schemas anyway). */
export const takesCheck: RecordCheck<QuestionTakes> = {
  safeParse(input) {
    if (!isObject(input) || input.version !== TAKES_RECORD_VERSION || !Array.isArray(input.takes)) return { success: false };
    if (input.takes.length > MAX_TAKES || !input.takes.every(isTake)) return { success: false };
    return { success: true, data: input as unknown as QuestionTakes };
  },
};

/** The recordings' stored record. `key` names the IndexedDB database; each question's takes sit under its id. */
export const takesRecord = defineRecord<QuestionTakes>({
  key: 'psg:recordings:v1',
  version: TAKES_RECORD_VERSION,
  check: takesCheck,
  empty: emptyTakes,
  what: 'your recordings',
  // Version 1 is the first format; a v2 adds its step here as `1: (v1) => v2`.
  migrations: {},
});

/** The record with a new take added; the oldest go once there are more than MAX_TAKES. */
export function addTake(record: QuestionTakes, take: Take): { record: QuestionTakes; dropped: Take[] } {
  const all = [...record.takes, take];
  const dropped = all.slice(0, Math.max(0, all.length - MAX_TAKES));
  return { record: { ...record, takes: all.slice(dropped.length) }, dropped };
}

/** The record without one take. */
export function removeTake(record: QuestionTakes, takeId: string): QuestionTakes {
  return { ...record, takes: record.takes.filter((t) => t.id !== takeId) };
}

/** The record with one take's transcript replaced. */
export function withTranscript(record: QuestionTakes, takeId: string, transcript: string, source: TranscriptSource): QuestionTakes {
  return { ...record, takes: record.takes.map((t) => (t.id === takeId ? { ...t, transcript: transcript.slice(0, 50_000), transcriptSource: source } : t)) };
}

/** File extension for a recorded MIME type: what a download is named. */
export function extensionFor(mimeType: string): string {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  if (type.endsWith('/webm')) return 'webm';
  if (type.endsWith('/ogg')) return 'ogg';
  if (type.endsWith('/mp4') || type.endsWith('/m4a') || type === 'audio/aac') return 'm4a';
  if (type.endsWith('/wav') || type.endsWith('/wave')) return 'wav';
  if (type.endsWith('/mpeg')) return 'mp3';
  return 'audio';
}

/** A download's file name, e.g. `practice-what-salary-take-2026-05-10-1530.webm`. */
export function takeFileName(questionId: string, take: Pick<Take, 'createdAt' | 'mimeType'>): string {
  const slug = (questionId.split('/').at(-1) ?? 'answer').replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'answer';
  const at = new Date(take.createdAt);
  const stamp = Number.isNaN(at.getTime()) ? 'take' : at.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `practice-${slug}-${stamp}.${extensionFor(take.mimeType)}`;
}
