import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oneThingToWorkOn, type TakeForCoach } from '../../../src/lib/voice/coach.ts';

const take = (seconds: number, target: number, extra: Partial<TakeForCoach> = {}, delivery: Partial<TakeForCoach['delivery']> = {}): TakeForCoach => ({
  targetSeconds: target,
  delivery: { durationMs: seconds * 1000, talkMs: seconds * 800, firstWordMs: 1000, longestSilenceMs: 800, longSilences: 0, ...delivery },
  ...extra,
});

describe('the one thing to work on', () => {
  it('says how far over target the answers ran', () => {
    // Spoken 84 + 42 = 126 s against 60 + 30 = 90 s: 126 / 90 = 1.4, so 40% over.
    expect(oneThingToWorkOn([take(84, 60), take(42, 30)])).toBe('Your answers ran 40% over target; cut to one example and stop when you’ve made your point.');
  });

  it('then short answers, long silences, fillers, a slow start, pace and coverage, in that order', () => {
    expect(oneThingToWorkOn([take(10, 60)])).toMatch(/^Your answers were short \(17% of the target time\)/);
    expect(oneThingToWorkOn([take(50, 60, {}, { longSilences: 2 })])).toMatch(/more than two seconds 2 times/);
    // 10 fillers over 40 s of talk (50 s × 0.8): 10 / (40 / 60) = 15 a minute.
    expect(oneThingToWorkOn([take(50, 60, { words: { wpm: 150, fillerTotal: 10, words: 100 } })])).toMatch(/at least 10 filler words \(about 15 a minute/);
    expect(oneThingToWorkOn([take(50, 60, {}, { firstWordMs: 4200 })])).toMatch(/^You took 4 seconds on average to start/);
    // 150 words over 40 s of talk: 150 / (40 / 60) = 225 wpm.
    expect(oneThingToWorkOn([take(50, 60, { words: { wpm: 225, fillerTotal: 0, words: 150 } })])).toMatch(/about 225 words a minute; slow down/);
    expect(oneThingToWorkOn([take(50, 60, { words: { wpm: 150, fillerTotal: 0, words: 100 }, coverage: { covered: 1, total: 4 } })])).toMatch(
      /^You mentioned 1 of 4 key points/,
    );
    expect(oneThingToWorkOn([take(50, 60, { words: { wpm: 150, fillerTotal: 0, words: 100 }, coverage: { covered: 3, total: 4 } })])).toMatch(
      /^Nothing stands out/,
    );
    expect(oneThingToWorkOn([])).toMatch(/^Record an answer/);
  });

  it('always gives a sentence with no NaN or Infinity in it', () => {
    const n = fc.oneof(fc.double(), fc.constant(Number.NaN));
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: n, t: fc.integer({ min: 1, max: 600 }), w: fc.option(fc.record({ wpm: fc.option(n), fillerTotal: n, words: n })) }), {
          maxLength: 5,
        }),
        (rows) => {
          const sentence = oneThingToWorkOn(rows.map((r) => take(r.s, r.t, { words: r.w as TakeForCoach['words'] })));
          expect(sentence.length).toBeGreaterThan(10);
          expect(sentence).not.toMatch(/NaN|Infinity|undefined|null/);
        },
      ),
    );
  });
});
