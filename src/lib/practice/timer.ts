/**
 * The answer timer as a pure state machine. Every transition takes the current time from the caller,
 * so tests (and Playwright's clock) decide what time it is.
 */
import { formatDuration } from '../format-duration.ts';

/** idle: not started; running: counting; paused: stopped for now, can resume; stopped: the answer is over. */
export type TimerStatus = 'idle' | 'running' | 'paused' | 'stopped';

/** The timer at one moment. `elapsedMs` counts time up to the last pause; `startedAt` is when the current run began. */
export interface TimerState {
  readonly status: TimerStatus;
  readonly elapsedMs: number;
  readonly startedAt: number | null;
}

/** A timer that has not started. */
export const IDLE_TIMER: TimerState = { status: 'idle', elapsedMs: 0, startedAt: null };

/** Time counted so far; a clock that jumps backwards never makes it shrink. */
export function elapsedMs(state: TimerState, now: number): number {
  if (state.status !== 'running' || state.startedAt === null) return state.elapsedMs;
  return state.elapsedMs + Math.max(0, now - state.startedAt);
}

/** Whole seconds counted so far. */
export function elapsedSeconds(state: TimerState, now: number): number {
  return Math.floor(elapsedMs(state, now) / 1000);
}

/** Starts an idle timer or resumes a paused one; anything else is left as it is. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.status === 'idle' || state.status === 'paused') return { status: 'running', elapsedMs: state.elapsedMs, startedAt: now };
  return state;
}

/** Pauses a running timer, keeping the time counted. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running') return state;
  return { status: 'paused', elapsedMs: elapsedMs(state, now), startedAt: null };
}

/** Ends the answer: a running or paused timer stops for good. An idle one stays idle (nothing was timed). */
export function stopTimer(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' && state.status !== 'paused') return state;
  return { status: 'stopped', elapsedMs: elapsedMs(state, now), startedAt: null };
}

/** What Space does: start or resume when not running, pause when running; a stopped timer stays stopped. */
export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' ? pauseTimer(state, now) : startTimer(state, now);
}

/** A stopwatch reading, e.g. "1:05"; never negative. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds past the target after which the timer nudges again, and again. */
export const OVER_TIME_STEP_SECONDS = 30;

/**
 * The sentence a screen reader hears when the timer passes a milestone between two readings
 * (half the target, the target, then every 30 seconds over), or null. Never every second.
 */
export function timerMilestone(targetSeconds: number, fromSeconds: number, toSeconds: number): string | null {
  if (toSeconds <= fromSeconds) return null;
  const crossed = (mark: number) => fromSeconds < mark && toSeconds >= mark;
  const overBy = toSeconds - targetSeconds;
  if (overBy >= OVER_TIME_STEP_SECONDS) {
    const step = Math.floor(overBy / OVER_TIME_STEP_SECONDS) * OVER_TIME_STEP_SECONDS;
    if (crossed(targetSeconds + step))
      return `${formatDuration(targetSeconds + step)}: over your target by ${formatDuration(step)}. Finish your point and stop.`;
  }
  if (crossed(targetSeconds)) return `${formatDuration(targetSeconds)}: that’s your target. Start wrapping up.`;
  const half = Math.floor(targetSeconds / 2);
  if (half > 0 && crossed(half)) return `Halfway: ${formatDuration(half)}.`;
  return null;
}

/** How an answer's length compares with its target. */
export type TimeVerdict = 'untimed' | 'short' | 'on-target' | 'over';

/** Short means under 40% of the target (likely missing an example); over means past the target. */
export function timeVerdict(seconds: number | null, targetSeconds: number): TimeVerdict {
  if (seconds === null) return 'untimed';
  if (seconds > targetSeconds) return 'over';
  if (seconds < targetSeconds * 0.4) return 'short';
  return 'on-target';
}

/** The gentle line shown under the timer once an answer runs past its target, or null while it's fine. */
export function overTimeMessage(seconds: number, targetSeconds: number): string | null {
  if (seconds <= targetSeconds) return null;
  return `You’re past the ${formatDuration(targetSeconds)} mark. That’s fine for practice; on the call, finish your sentence and let them ask the next question.`;
}
