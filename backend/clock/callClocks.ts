import { anchorCallClock, callClockNow, type CallClockAnchor } from '../../core/call/clock.js';
import type { Clock } from './clock.js';

/**
 * One call clock per live call (core/call/clock.ts): anchored on the wall clock the first
 * time this process touches the call (its start, or the first read after a restart), never
 * below the log's last event, then advanced by monotonic time only. So a wall-clock jump
 * during a call neither reorders its log nor makes a hold last a negative time, and a
 * restart resumes the call's time where its log left off.
 */
export class CallClocks {
  private readonly anchors = new Map<string, CallClockAnchor>();

  constructor(private readonly clock: Clock) {}

  /** The monotonic reading the anchors are kept in (the wall clock for simple test clocks). */
  monotonic(): number {
    return this.clock.monotonic ? this.clock.monotonic() : this.clock.now();
  }

  /** The call's time now. `lastEventAt`: the latest `at` in its log (anchors it on first use). */
  now(callId: string, lastEventAt: number | null): number {
    return callClockNow(this.anchor(callId, lastEventAt), this.monotonic());
  }

  /**
   * The `at` for the next event: the call's time, but strictly after the last event, so the
   * log's (at, id) order is always the order things were recorded on this desk, whatever
   * ids the clients made. A burst inside one millisecond borrows a millisecond or two that
   * real time soon catches up with.
   */
  stamp(callId: string, lastEventAt: number | null): number {
    const now = this.now(callId, lastEventAt);
    return lastEventAt === null ? now : Math.max(now, lastEventAt + 1);
  }

  /** The monotonic reading at which the call's time reaches `at` (for timers). */
  monotonicAt(callId: string, lastEventAt: number | null, at: number): number {
    const anchor = this.anchor(callId, lastEventAt);
    return anchor.monoAt + (at - anchor.wallAt);
  }

  /** The call ended: its clock is no longer needed. */
  forget(callId: string): void {
    this.anchors.delete(callId);
  }

  private anchor(callId: string, lastEventAt: number | null): CallClockAnchor {
    let anchor = this.anchors.get(callId);
    if (!anchor) {
      anchor = anchorCallClock(this.clock.now(), this.monotonic(), lastEventAt);
      this.anchors.set(callId, anchor);
    }
    return anchor;
  }
}
