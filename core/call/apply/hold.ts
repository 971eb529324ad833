import type { CallEventOf } from '../events.js';
import { currentHold, type CallState, type HoldEndReason, type HoldRecord, type HoldsState } from '../state.js';

// Hold events. The hold timer's prompts are not state: they derive from these timestamps
// (holdPolicy.ts), so a reload or a lost timer event changes nothing.

const ALREADY_ON_HOLD = 'the caller is already on hold (a check-in asks to keep holding)';
const NOT_ON_HOLD = 'no hold in progress';

function withHolds(s: CallState, hold: HoldsState): CallState {
  return { ...s, hold };
}

function replaceCurrent(hold: HoldsState, update: (h: HoldRecord) => HoldRecord): HoldsState {
  const holds = hold.holds.slice();
  const last = holds.pop();
  if (last === undefined) return hold;
  return { ...hold, holds: [...holds, update(last)] };
}

/** Ends the hold in progress, if any: also used when a transfer, a disposition or the end of the call cuts a hold short. */
export function closeHold(hold: HoldsState, at: number, by: HoldEndReason): HoldsState {
  if (!currentHold(hold)) return hold;
  return replaceCurrent(hold, (h) => ({ ...h, endedAt: at, endedBy: by }));
}

export function onPermissionAsked(s: CallState, e: CallEventOf<'hold.permission_asked'>): CallState | string {
  if (currentHold(s.hold)) return ALREADY_ON_HOLD;
  return withHolds(s, { ...s.hold, permission: { askedAt: e.at, granted: null, answeredAt: null } });
}

export function onPermissionAnswered(s: CallState, e: CallEventOf<'hold.permission_answered'>): CallState | string {
  if (currentHold(s.hold)) return ALREADY_ON_HOLD;
  // An answer with no logged question still proves the question was asked.
  const askedAt = s.hold.permission?.askedAt ?? e.at;
  return withHolds(s, { ...s.hold, permission: { askedAt, granted: e.granted, answeredAt: e.at } });
}

export function onHoldStarted(s: CallState, e: CallEventOf<'hold.started'>): CallState | string {
  if (currentHold(s.hold)) return 'already on hold';
  const asked = s.hold.permission;
  const record: HoldRecord = {
    startedAt: e.at,
    endedAt: null,
    endedBy: null,
    withPermission: e.withPermission,
    permissionAsked: asked !== null,
    permissionGranted: asked?.granted ?? null,
    checkins: [],
    checkinsDue: [],
  };
  // The permission is spent on this hold; the next hold needs its own.
  return withHolds(s, { ...s.hold, permission: null, holds: [...s.hold.holds, record] });
}

export function onCheckinDue(s: CallState, e: CallEventOf<'hold.checkin_due'>): CallState | string {
  if (!currentHold(s.hold)) return NOT_ON_HOLD;
  return withHolds(s, replaceCurrent(s.hold, (h) => ({ ...h, checkinsDue: [...h.checkinsDue, { n: e.n, at: e.at }] })));
}

export function onCheckinDone(s: CallState, e: CallEventOf<'hold.checkin_done'>): CallState | string {
  if (!currentHold(s.hold)) return NOT_ON_HOLD;
  return withHolds(s, replaceCurrent(s.hold, (h) => ({ ...h, checkins: [...h.checkins, e.at] })));
}

export function onHoldEnded(s: CallState, e: CallEventOf<'hold.ended'>): CallState | string {
  if (!currentHold(s.hold)) return NOT_ON_HOLD;
  return withHolds(s, closeHold(s.hold, e.at, 'hold.ended'));
}

export function onCallbackOffered(s: CallState, e: CallEventOf<'hold.callback_offered'>): CallState {
  return withHolds(s, { ...s.hold, callbackOffers: [...s.hold.callbackOffers, e.at] });
}
