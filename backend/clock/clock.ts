// The backend's time and timers, injected everywhere (a leaf: it imports nothing of the
// backend, so the context, the call clocks and the sync loop can all depend on it).

/**
 * Time comes from an injected clock everywhere, so timers and tests are deterministic.
 * `now` is the wall clock (what due times and timestamps mean); `monotonic`, when given, is
 * a clock that never jumps (performance.now), which the call clock advances by so a wall
 * jump cannot reorder a call's log or bend a hold's duration. A clock without it is treated
 * as monotonic itself (the simple test clocks).
 */
export type Clock = { now(): number; monotonic?(): number };
export const systemClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };

/** setTimeout as the backend needs it, injected so tests drive time; returns the cancel. */
export type Scheduler = { schedule(delayMs: number, run: () => void): () => void };

// setTimeout's delay is a signed 32-bit number of ms; a longer one fires at once.
const MAX_DELAY_MS = 2 ** 31 - 1;

/** Real timers, unref'd: a pending hold or promise timer must never keep a closing process alive. */
export const realScheduler: Scheduler = {
  schedule(delayMs, run) {
    const timer = setTimeout(run, Math.min(MAX_DELAY_MS, Math.max(0, delayMs)));
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export function isScheduler(value: unknown): value is Scheduler {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Scheduler>).schedule === 'function';
}
