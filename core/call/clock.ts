// The call clock: how the backend should stamp `at` and read `now`, so hold timing and event
// order survive wall-clock jumps (NTP corrections, a laptop waking, a user changing the time).
//
// A wall clock can jump; a monotonic clock (performance.now, process.hrtime) cannot, but it
// means nothing across processes. So a call's clock is a wall reading anchored once, advanced
// by monotonic time. Re-anchored after a reload, it never goes below the log's last event, so
// the log's (at, id) order stays the order things happened on this device. Both readings are
// passed in: core never reads a clock.

export type CallClockAnchor = { wallAt: number; monoAt: number };

/** Anchor at start or after a reload. `lastEventAt`: the latest `at` already in the log, if any. */
export function anchorCallClock(wallNow: number, monoNow: number, lastEventAt: number | null): CallClockAnchor {
  return { wallAt: Math.max(wallNow, lastEventAt ?? wallNow), monoAt: monoNow };
}

/** The call time now: the anchor's wall time plus monotonic time elapsed since (never negative). */
export function callClockNow(anchor: CallClockAnchor, monoNow: number): number {
  return Math.round(anchor.wallAt + Math.max(0, monoNow - anchor.monoAt));
}
