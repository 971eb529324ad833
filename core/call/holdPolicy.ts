import { z } from 'zod';
import { formatIssues, requiredMessage, type ParseResult } from './parse.js';
import { currentHold, type HoldRecord, type HoldsState } from './state.js';

// The hold policy as pure functions of the call's hold events and an injected `now`.
//
// Time: every due time derives from event timestamps alone (hold start, check-ins), never
// from when a timer happened to fire, so reducing the same log after a reload gives the same
// due times, and a timer that fires late or twice changes nothing. If the wall clock jumps,
// `now` may sit before a hold's start: spans are clamped to 0 (a backwards jump reads as
// "just started" and the prompt waits; a forwards jump reads as time passed and the prompt
// escalates). The backend avoids both by stamping events and reading `now` from a
// monotonic call clock (clock.ts).

export type HoldPolicy = {
  /** From hold start to the first check-in. */
  firstCheckinMs: number;
  /** From one check-in to the next. */
  checkinIntervalMs: number;
  /** How long past due a check-in is late and the prompt escalates. */
  lateAfterMs: number;
  /** Total hold time on the call after which the rep offers a callback instead. */
  callbackAfterMs: number;
};

export const DEFAULT_HOLD_POLICY: HoldPolicy = {
  firstCheckinMs: 30_000,
  checkinIntervalMs: 45_000,
  lateAfterMs: 15_000,
  callbackAfterMs: 120_000,
};

/** What a team may change, in seconds because that is what a supervisor types. */
export const HoldPolicySettings = z.strictObject({
  // DOMAIN.md: floors put the first check-in at 30 to 60 s; 15 s allows a stricter team.
  firstCheckinSec: z.number().int().min(15, 'The first check-in is 15 to 60 seconds after the hold starts').max(60, 'The first check-in is 15 to 60 seconds after the hold starts').optional(),
  checkinIntervalSec: z.number().int().min(15, 'The check-in interval is 15 to 120 seconds').max(120, 'The check-in interval is 15 to 120 seconds').optional(),
});
export type HoldPolicySettings = z.infer<typeof HoldPolicySettings>;

export function parseHoldPolicy(settings: unknown): ParseResult<HoldPolicy> {
  const parsed = HoldPolicySettings.safeParse(settings, { error: requiredMessage });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues, null) };
  const { firstCheckinSec, checkinIntervalSec } = parsed.data;
  return {
    ok: true,
    value: {
      ...DEFAULT_HOLD_POLICY,
      ...(firstCheckinSec !== undefined ? { firstCheckinMs: firstCheckinSec * 1000 } : {}),
      ...(checkinIntervalSec !== undefined ? { checkinIntervalMs: checkinIntervalSec * 1000 } : {}),
    },
  };
}

/** A duration between two timestamps, never negative (see the clock note above). */
export function span(from: number, to: number): number {
  return Math.max(0, to - from);
}

/**
 * When the next check-in is due: the first at start + firstCheckin, then interval after the
 * last check-in. Counting from the last check-in (not a fixed grid) is what a floor means by
 * "every 45 s": the caller's wait since they last heard a voice. null once the hold is over.
 */
export function nextCheckinDue(hold: HoldRecord, policy: HoldPolicy): number | null {
  if (hold.endedAt !== null) return null;
  const last = hold.checkins.at(-1);
  return last === undefined ? hold.startedAt + policy.firstCheckinMs : last + policy.checkinIntervalMs;
}

export type CheckinPrompt = 'none' | 'due' | 'escalated';

/** 'due' from the due time exactly; 'escalated' from lateAfter past it; stays escalated until the rep checks in. */
export function promptState(hold: HoldRecord | null, policy: HoldPolicy, now: number): CheckinPrompt {
  if (hold === null) return 'none';
  const due = nextCheckinDue(hold, policy);
  if (due === null || now < due) return 'none';
  return now < due + policy.lateAfterMs ? 'due' : 'escalated';
}

export function holdElapsedMs(hold: HoldRecord, now: number): number {
  return span(hold.startedAt, hold.endedAt ?? now);
}

export function totalHoldMs(holds: readonly HoldRecord[], now: number): number {
  return holds.reduce((sum, h) => sum + holdElapsedMs(h, now), 0);
}

export type CallbackPrompt = 'none' | 'offer' | 'offered';

/**
 * Once the caller has spent callbackAfter on hold in total, offer a callback instead of more
 * holding. Once offered, the prompt stops for the rest of the call (the caller may decline).
 */
export function callbackState(hold: HoldsState, policy: HoldPolicy, now: number): CallbackPrompt {
  if (hold.callbackOffers.length > 0) return 'offered';
  return totalHoldMs(hold.holds, now) >= policy.callbackAfterMs ? 'offer' : 'none';
}

export type HoldDeadlines = {
  /** 1-based number of the check-in the timer is waiting for (the n of hold.checkin_due). */
  checkinNumber: number;
  checkinDueAt: number;
  checkinLateAt: number;
  /** When total hold time reaches the callback threshold during this hold; null if already reached or offered. */
  callbackAt: number | null;
};

/**
 * The moments the hold prompts change, for the backend's timer. A function of the log only,
 * so after a reload the timer is re-armed at exactly the same times.
 */
export function holdDeadlines(hold: HoldsState, policy: HoldPolicy): HoldDeadlines | null {
  const open = currentHold(hold);
  if (!open) return null;
  const due = nextCheckinDue(open, policy);
  if (due === null) return null;
  const closedTotal = hold.holds.filter((h) => h !== open).reduce((sum, h) => sum + holdElapsedMs(h, h.endedAt ?? h.startedAt), 0);
  const callbackAt =
    hold.callbackOffers.length > 0 || closedTotal >= policy.callbackAfterMs ? null : open.startedAt + (policy.callbackAfterMs - closedTotal);
  return { checkinNumber: open.checkins.length + 1, checkinDueAt: due, checkinLateAt: due + policy.lateAfterMs, callbackAt };
}
