import { applyEffect, say, type Draft } from './draft.js';

// Holds with a simulated caller (DOMAIN.md, "Holds"): asked first, the caller says yes (or, past
// their limit, no); held without asking, they notice, and say so when the rep comes back.
// Check-ins kept calm them a little; a missed check-in costs more than a kept one gains.

export function onPermissionAsked(d: Draft, phrase: string | null): void {
  if (d.s.hold.on) return;
  const granted = d.s.mood < d.sc.params.refuseHoldAt;
  d.s.hold.permission = granted ? 'granted' : 'refused';
  if (granted) applyEffect(d, 'hold_permission', phrase);
  d.emit.push({ type: 'hold.permission_answered', granted });
  say(d, granted ? 'hold_granted' : 'hold_refused');
}

export function onHoldStarted(d: Draft): void {
  if (d.s.hold.on) return;
  // The engine knows whether this caller said yes; that, not the rep's client's flag, decides.
  const permitted = d.s.hold.permission === 'granted';
  d.s.hold = {
    ...d.s.hold,
    on: true,
    startedAt: d.s.now,
    permitted,
    permission: 'none',
    checkins: 0,
    missedCheckins: 0,
    chargedUntil: d.s.now,
    holds: d.s.hold.holds + 1,
    withoutPermission: d.s.hold.withoutPermission + (permitted ? 0 : 1),
  };
  if (!permitted) applyEffect(d, 'hold_without_permission', null);
  d.s.transcript.push({ at: d.s.now, speaker: 'event', text: permitted ? 'On hold.' : 'On hold, without the caller’s permission.', effects: [...d.applied] });
}

export function onCheckinDone(d: Draft, phrase: string | null): void {
  if (!d.s.hold.on) return;
  d.s.hold.checkins++;
  applyEffect(d, 'checkin_done', phrase);
  say(d, 'checkin');
}

export function onCheckinMissed(d: Draft): void {
  if (!d.s.hold.on) return;
  d.s.hold.missedCheckins++;
  applyEffect(d, 'checkin_missed', null);
}

export function onHoldEnded(d: Draft): void {
  if (!d.s.hold.on) return;
  const { permitted, missedCheckins } = d.s.hold;
  d.s.hold = { ...d.s.hold, on: false, startedAt: null, chargedUntil: null };
  d.s.quietSince = d.s.now;
  say(d, !permitted ? 'hold_no_permission' : missedCheckins > 0 ? 'checkin_missed' : 'hold_resumed');
}
