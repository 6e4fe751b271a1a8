/**
 * Delivery figures from the audio itself: when the speaker talked and when they went quiet. Pure: it
 * takes loudness readings (from a Web Audio AnalyserNode while recording, or from decoded samples) and
 * needs no transcript, so it works in every browser.
 */

/** One loudness reading: when it was taken (ms from the start of the take) and its RMS level, 0 to 1. */
export interface LevelFrame {
  atMs: number;
  level: number;
}

/** What the audio says about delivery. Every number is finite and never negative. */
export interface DeliveryFigures {
  /** Length of the take. */
  durationMs: number;
  /** Time spent making sound (short gaps between words count as talk). */
  talkMs: number;
  /** When the first sound began, or null when nothing louder than the room was heard. */
  firstWordMs: number | null;
  /** The longest quiet stretch between two bits of speech (not before the first word or after the last). */
  longestSilenceMs: number;
  /** How many of those quiet stretches ran past LONG_SILENCE_MS. */
  longSilences: number;
}

/** A pause longer than this is one a caller notices ("are you still there?"). */
export const LONG_SILENCE_MS = 2000;

/** How the detector decides what is speech. Exposed so the tests can reason about edges. */
export const SILENCE_SETTINGS = {
  /** Never treat anything quieter than this RMS level as speech (about -40 dBFS). */
  minLevel: 0.01,
  /** Speech must be this many times louder than the quiet tenth of the take (the room's noise). */
  noiseFactor: 3,
  /** ...but the bar never rises above this share of the loud tenth, so a take with few pauses still works. */
  loudShare: 0.3,
  /** Gaps shorter than this are the space between words, not a pause. */
  bridgeMs: 300,
  /** Sounds shorter than this are clicks and bumps, not words. */
  minSoundMs: 80,
} as const;

/** The q-th quantile (0..1) of sorted numbers; 0 for none. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))]!;
}

/** A finite, non-negative number, or 0. */
const clean = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** The loudness above which a frame counts as speech, adapted to the room's noise. */
export function speechThreshold(levels: readonly number[]): number {
  const sorted = levels.map(clean).sort((a, b) => a - b);
  const quiet = quantile(sorted, 0.1);
  const loud = quantile(sorted, 0.9);
  const { minLevel, noiseFactor, loudShare } = SILENCE_SETTINGS;
  return Math.max(minLevel, Math.min(quiet * noiseFactor, loud * loudShare));
}

/** RMS level of consecutive `frameMs` windows of raw samples: how a decoded clip becomes frames. */
export function framesFromSamples(samples: ArrayLike<number>, sampleRate: number, frameMs = 20): LevelFrame[] {
  if (!(sampleRate > 0) || !Number.isFinite(sampleRate) || !(frameMs > 0)) return [];
  const size = Math.max(1, Math.round((sampleRate * frameMs) / 1000));
  const frames: LevelFrame[] = [];
  for (let start = 0; start < samples.length; start += size) {
    const end = Math.min(samples.length, start + size);
    let sum = 0;
    for (let i = start; i < end; i += 1) {
      const s = Number.isFinite(samples[i]!) ? samples[i]! : 0;
      sum += s * s;
    }
    frames.push({ atMs: (start / sampleRate) * 1000, level: Math.sqrt(sum / (end - start)) });
  }
  return frames;
}

/** RMS of one block of samples (one AnalyserNode reading); 0 for none. */
export function rmsLevel(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const s = Number.isFinite(samples[i]!) ? samples[i]! : 0;
    sum += s * s;
  }
  return Math.sqrt(sum / samples.length);
}

/** The stretches [startMs, endMs) that hold speech, after joining word gaps and dropping clicks. */
export function speechSegments(frames: readonly LevelFrame[], durationMs: number): [number, number][] {
  const total = clean(durationMs);
  const usable = frames
    .filter((f) => Number.isFinite(f.atMs) && f.atMs >= 0 && f.atMs < total)
    .map((f) => ({ atMs: f.atMs, level: clean(f.level) }))
    .sort((a, b) => a.atMs - b.atMs);
  const threshold = speechThreshold(usable.map((f) => f.level));
  // Each reading stands for the time until the next one (the last, until the end of the take).
  const runs: [number, number][] = [];
  usable.forEach((frame, i) => {
    if (frame.level < threshold) return;
    const end = usable[i + 1]?.atMs ?? total;
    const last = runs.at(-1);
    if (last && last[1] >= frame.atMs) last[1] = Math.max(last[1], end);
    else runs.push([frame.atMs, end]);
  });
  const joined: [number, number][] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && run[0] - last[1] < SILENCE_SETTINGS.bridgeMs) last[1] = run[1];
    else joined.push([run[0], run[1]]);
  }
  return joined.filter(([start, end]) => end - start >= SILENCE_SETTINGS.minSoundMs);
}

/** Talk time, time to first word and the pauses, from loudness readings over a take of `durationMs`. */
export function deliveryFigures(frames: readonly LevelFrame[], durationMs: number): DeliveryFigures {
  const total = clean(durationMs);
  const segments = speechSegments(frames, total);
  const talkMs = segments.reduce((sum, [start, end]) => sum + (end - start), 0);
  const gaps = segments.slice(1).map(([start], i) => start - segments[i]![1]);
  return {
    durationMs: Math.round(total),
    talkMs: Math.round(talkMs),
    firstWordMs: segments.length > 0 ? Math.round(segments[0]![0]) : null,
    longestSilenceMs: Math.round(gaps.reduce((max, gap) => Math.max(max, gap), 0)),
    longSilences: gaps.filter((gap) => gap > LONG_SILENCE_MS).length,
  };
}
