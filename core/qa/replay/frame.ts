import { closingMissing } from '../../call/closingCheck.js';
import type { CallEvent } from '../../call/events.js';
import { DEFAULT_HOLD_POLICY, callbackState, holdElapsedMs, nextCheckinDue, promptState, totalHoldMs, type CallbackPrompt, type CheckinPrompt, type HoldPolicy } from '../../call/holdPolicy.js';
import { currentHold, type CallState, type HoldRecord } from '../../call/state.js';
import { wrapUpMissing, type WrapUpField } from '../../call/wrapUp.js';
import type { ClosingItemId } from '../../call/closing.js';
import { checkinTimeline, type CheckinJudgement } from '../hold/checkinTimeline.js';
import { countAtOrBefore, stateAfter, type ReplayIndex } from './replayIndex.js';

// What the replay panels show at moment t: the reducer's state then, plus the figures the
// live screen computes from `now` (hold timer, check-in prompt), with now = t. All of it
// from core/call's own functions, so the replay shows exactly what the rep saw.

export type ReplayHold = {
  current: HoldRecord | null;
  /** The open hold's timer at t. */
  elapsedMs: number | null;
  prompt: CheckinPrompt;
  nextCheckinDueAt: number | null;
  /** The open hold's check-ins so far, judged, with the next one (upcoming, due or overdue). */
  checkins: readonly CheckinJudgement[];
  callback: CallbackPrompt;
  count: number;
  totalMs: number;
};

export type ReplayFrame = {
  t: number;
  /** t as ms into the call (from call.started, else the first event). */
  offsetMs: number;
  state: CallState;
  /** Events applied so far (the position on the timeline's event list). */
  eventCount: number;
  lastEvent: CallEvent | null;
  hold: ReplayHold;
  closingMissing: readonly ClosingItemId[];
  wrapUpMissing: readonly WrapUpField[];
};

export function replayFrame(index: ReplayIndex, t: number, policy: HoldPolicy = DEFAULT_HOLD_POLICY): ReplayFrame {
  const n = countAtOrBefore(index, t);
  const state = stateAfter(index, n, t);
  const open = currentHold(state.hold);
  const origin = state.start?.at ?? index.events[0]?.at ?? t;
  return {
    t,
    offsetMs: t - origin,
    state,
    eventCount: n,
    lastEvent: index.events[n - 1] ?? null,
    hold: {
      current: open,
      elapsedMs: open === null ? null : holdElapsedMs(open, t),
      prompt: promptState(open, policy, t),
      nextCheckinDueAt: open === null ? null : nextCheckinDue(open, policy),
      checkins: open === null ? [] : checkinTimeline(open, policy, t),
      callback: callbackState(state.hold, policy, t),
      count: state.hold.holds.length,
      totalMs: totalHoldMs(state.hold.holds, t),
    },
    closingMissing: closingMissing(state),
    wrapUpMissing: wrapUpMissing(state),
  };
}
