import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deliveryFigures, framesFromSamples, rmsLevel, speechThreshold, LONG_SILENCE_MS, type LevelFrame } from '../../../src/lib/voice/silence.ts';
import { toneBursts, type Part } from './tone.ts';

const RATE = 16_000;
const figuresOf = (parts: Part[], noise = 0) => {
  const samples = toneBursts(parts, RATE, 0.5, noise);
  return deliveryFigures(framesFromSamples(samples, RATE, 20), (samples.length / RATE) * 1000);
};

describe('silence detection on tone bursts with known gaps', () => {
  // 1.0 s quiet, 1.5 s tone, 2.5 s gap, 1.0 s tone, 0.6 s gap, 1.2 s tone, 3.0 s gap, 0.8 s tone, 0.4 s quiet.
  const parts: Part[] = [
    { tone: false, ms: 1000 },
    { tone: true, ms: 1500 },
    { tone: false, ms: 2500 },
    { tone: true, ms: 1000 },
    { tone: false, ms: 600 },
    { tone: true, ms: 1200 },
    { tone: false, ms: 3000 },
    { tone: true, ms: 800 },
    { tone: false, ms: 400 },
  ];

  it('finds the first word, the talk time, the longest silence and the silences over two seconds', () => {
    const f = figuresOf(parts);
    // Length: 1000+1500+2500+1000+600+1200+3000+800+400 = 12000 ms.
    expect(f.durationMs).toBe(12_000);
    expect(f.firstWordMs).toBe(1000);
    // Talk: 1500+1000+1200+800 = 4500 ms (the 600 ms gap is a pause, longer than the 300 ms word gap).
    expect(f.talkMs).toBe(4500);
    expect(f.longestSilenceMs).toBe(3000);
    // 2500 and 3000 are over 2000; 600 is not.
    expect(f.longSilences).toBe(2);
  });

  it('still finds them over a noisy room (noise well below the tone)', () => {
    const f = figuresOf(parts, 0.02);
    expect(Math.abs(f.firstWordMs! - 1000)).toBeLessThanOrEqual(20);
    expect(Math.abs(f.talkMs - 4500)).toBeLessThanOrEqual(80);
    expect(Math.abs(f.longestSilenceMs - 3000)).toBeLessThanOrEqual(40);
    expect(f.longSilences).toBe(2);
  });

  it('treats a gap shorter than a word gap as talk, and a click as nothing', () => {
    // 200 ms gap (< 300 ms) is joined; a 40 ms click after 2 s quiet is dropped (< 80 ms).
    const f = figuresOf([
      { tone: true, ms: 1000 },
      { tone: false, ms: 200 },
      { tone: true, ms: 1000 },
      { tone: false, ms: 2000 },
      { tone: true, ms: 40 },
      { tone: false, ms: 500 },
    ]);
    expect(f.talkMs).toBe(2200);
    expect(f.longSilences).toBe(0);
    expect(f.longestSilenceMs).toBe(0);
  });

  it('counts a silence of exactly two seconds as not over two seconds', () => {
    const f = figuresOf([
      { tone: true, ms: 500 },
      { tone: false, ms: LONG_SILENCE_MS },
      { tone: true, ms: 500 },
    ]);
    expect(f.longestSilenceMs).toBe(2000);
    expect(f.longSilences).toBe(0);
  });

  it('hears nothing in silence, and nothing in an empty take', () => {
    expect(figuresOf([{ tone: false, ms: 3000 }])).toEqual({ durationMs: 3000, talkMs: 0, firstWordMs: null, longestSilenceMs: 0, longSilences: 0 });
    expect(deliveryFigures([], 0)).toEqual({ durationMs: 0, talkMs: 0, firstWordMs: null, longestSilenceMs: 0, longSilences: 0 });
    expect(framesFromSamples(new Float32Array(0), RATE)).toEqual([]);
    expect(rmsLevel([])).toBe(0);
  });

  it('works on uneven readings, as a busy page takes them from an AnalyserNode', () => {
    // Readings every 40–60 ms: tone from 500 ms to 1500 ms and from 4000 ms to 5000 ms.
    const frames: LevelFrame[] = [];
    for (let at = 0, k = 0; at < 6000; at += k % 2 ? 40 : 60, k += 1)
      frames.push({ atMs: at, level: (at >= 500 && at < 1500) || (at >= 4000 && at < 5000) ? 0.3 : 0.001 });
    const f = deliveryFigures(frames, 6000);
    expect(Math.abs(f.firstWordMs! - 500)).toBeLessThanOrEqual(60);
    expect(Math.abs(f.longestSilenceMs - 2500)).toBeLessThanOrEqual(120);
    expect(f.longSilences).toBe(1);
  });
});

describe('every figure is finite for any input', () => {
  const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -1));
  it('for arbitrary frames and lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ atMs: anyNumber, level: anyNumber }), { maxLength: 200 }), anyNumber, (frames, duration) => {
        const f = deliveryFigures(frames, duration);
        for (const value of [f.durationMs, f.talkMs, f.longestSilenceMs, f.longSilences, f.firstWordMs ?? 0]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        expect(f.talkMs).toBeLessThanOrEqual(f.durationMs + 1);
        expect(f.longestSilenceMs).toBeLessThanOrEqual(f.durationMs + 1);
        expect(Number.isFinite(speechThreshold(frames.map((x) => x.level)))).toBe(true);
      }),
    );
  });

  it('for arbitrary samples', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.float(), fc.constant(Number.NaN)), { maxLength: 500 }), fc.integer({ min: -10, max: 48_000 }), (samples, rate) => {
        for (const frame of framesFromSamples(samples, rate, 20)) {
          expect(Number.isFinite(frame.level)).toBe(true);
          expect(Number.isFinite(frame.atMs)).toBe(true);
        }
        expect(Number.isFinite(rmsLevel(samples))).toBe(true);
      }),
    );
  });
});
