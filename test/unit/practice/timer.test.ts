import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  IDLE_TIMER,
  clockText,
  elapsedMs,
  elapsedSeconds,
  overTimeMessage,
  pauseTimer,
  startTimer,
  stopTimer,
  timeVerdict,
  timerMilestone,
  toggleTimer,
  type TimerState,
} from '../../../src/lib/practice/timer.ts';

describe('timer state machine', () => {
  it('counts only while running, across pauses', () => {
    let t: TimerState = IDLE_TIMER;
    expect(elapsedMs(t, 5_000)).toBe(0);
    t = startTimer(t, 1_000);
    expect(t.status).toBe('running');
    expect(elapsedSeconds(t, 11_500)).toBe(10);
    t = pauseTimer(t, 11_500);
    expect(t).toEqual({ status: 'paused', elapsedMs: 10_500, startedAt: null });
    expect(elapsedMs(t, 99_000)).toBe(10_500);
    t = startTimer(t, 20_000);
    expect(elapsedMs(t, 25_000)).toBe(15_500);
    t = stopTimer(t, 25_000);
    expect(t).toEqual({ status: 'stopped', elapsedMs: 15_500, startedAt: null });
    expect(elapsedMs(t, 1_000_000)).toBe(15_500);
  });

  it('toggles between running and paused, starting an idle timer', () => {
    let t = toggleTimer(IDLE_TIMER, 0);
    expect(t.status).toBe('running');
    t = toggleTimer(t, 3_000);
    expect(t.status).toBe('paused');
    t = toggleTimer(t, 4_000);
    expect(t.status).toBe('running');
    expect(elapsedMs(t, 5_000)).toBe(4_000);
  });

  it('ignores transitions that make no sense', () => {
    const stopped = stopTimer(startTimer(IDLE_TIMER, 0), 2_000);
    expect(startTimer(stopped, 9_000)).toBe(stopped);
    expect(toggleTimer(stopped, 9_000)).toBe(stopped);
    expect(pauseTimer(stopped, 9_000)).toBe(stopped);
    expect(pauseTimer(IDLE_TIMER, 1)).toBe(IDLE_TIMER);
    expect(stopTimer(IDLE_TIMER, 1)).toBe(IDLE_TIMER);
    const running = startTimer(IDLE_TIMER, 0);
    expect(startTimer(running, 500)).toBe(running);
  });

  it('stops a paused timer with the time it had', () => {
    const paused = pauseTimer(startTimer(IDLE_TIMER, 0), 7_000);
    expect(stopTimer(paused, 50_000)).toEqual({ status: 'stopped', elapsedMs: 7_000, startedAt: null });
  });

  it('never goes backwards or negative, whatever the clock does (property)', () => {
    const action = fc.record({ op: fc.constantFrom('start', 'pause', 'stop', 'toggle'), at: fc.integer({ min: 0, max: 1e9 }) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let t: TimerState = IDLE_TIMER;
        let last = 0;
        for (const { op, at } of actions) {
          t = op === 'start' ? startTimer(t, at) : op === 'pause' ? pauseTimer(t, at) : op === 'stop' ? stopTimer(t, at) : toggleTimer(t, at);
          const now = elapsedMs(t, at);
          expect(now).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(now)).toBe(true);
          if (t.status !== 'running') {
            expect(now).toBeGreaterThanOrEqual(last);
            last = now;
          }
        }
      }),
    );
  });
});

describe('milestones for screen readers', () => {
  it('speaks at half the target, at the target, and every 30 seconds over', () => {
    expect(timerMilestone(60, 29, 30)).toBe('Halfway: 30 seconds.');
    expect(timerMilestone(60, 59, 60)).toBe('1 minute: that’s your target. Start wrapping up.');
    expect(timerMilestone(60, 89, 90)).toBe('1 minute 30 seconds: over your target by 30 seconds. Finish your point and stop.');
    expect(timerMilestone(60, 119, 120)).toBe('2 minutes: over your target by 1 minute. Finish your point and stop.');
  });

  it('is silent between milestones, so it never reads out every second', () => {
    const spoken = [];
    for (let s = 0; s < 200; s += 1) {
      const line = timerMilestone(60, s, s + 1);
      if (line) spoken.push(s + 1);
    }
    expect(spoken).toEqual([30, 60, 90, 120, 150, 180]);
  });

  it('catches a milestone skipped over by a late tick', () => {
    expect(timerMilestone(60, 58, 62)).toMatch(/target/);
    expect(timerMilestone(60, 10, 10)).toBeNull();
    expect(timerMilestone(60, 12, 5)).toBeNull();
  });
});

describe('answer length', () => {
  it('judges short, on target, over and untimed', () => {
    expect(timeVerdict(null, 60)).toBe('untimed');
    expect(timeVerdict(10, 60)).toBe('short');
    expect(timeVerdict(24, 60)).toBe('on-target');
    expect(timeVerdict(60, 60)).toBe('on-target');
    expect(timeVerdict(61, 60)).toBe('over');
  });

  it('reads like a stopwatch', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65.9)).toBe('1:05');
    expect(clockText(600)).toBe('10:00');
    expect(clockText(-3)).toBe('0:00');
  });

  it('says so gently only once past the target', () => {
    expect(overTimeMessage(90, 90)).toBeNull();
    expect(overTimeMessage(91, 90)).toMatch(/past the 1 minute 30 seconds mark/);
  });
});
