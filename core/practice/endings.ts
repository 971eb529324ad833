import { applyEffect, callerSays, type Draft } from './draft.js';
import type { Ending } from './schema/scenario.js';

// When the call ends on the caller's side (issue 11: resolved and calm, escalation demanded, or
// the caller hangs up). Checked after every input, in this order: running out of patience
// ends any call; past the escalation mood the caller demands a manager (if the scenario has
// that ending); an accepted fix ends it well, but only once the caller has calmed down.

export function endCall(d: Draft, ending: Ending): void {
  d.s.ending = ending;
  d.s.endedBy = 'caller';
  d.s.phase = 'ended';
  const line = d.sc.def.endings[ending];
  if (line !== undefined) callerSays(d, line, 'ending');
  d.emit.push({ type: 'caller.ended', ending });
}

/** Ends the call if an ending is reached; true when it did. */
export function checkEnding(d: Draft): boolean {
  if (d.s.phase === 'ended') return true;
  if (d.s.patience <= 0) {
    endCall(d, 'hung_up');
    return true;
  }
  if (d.sc.def.endings.escalation_demanded !== undefined && d.s.mood >= d.sc.params.escalateAt) {
    endCall(d, 'escalation_demanded');
    return true;
  }
  if (d.s.offers.ready && d.s.mood <= d.sc.params.calmAt && !d.s.hold.on) {
    endCall(d, 'resolved_calm');
    return true;
  }
  return false;
}

/** A supervisor offered to a caller past the point of calming down is a supervisor accepted. */
export function onSupervisorOffered(d: Draft): 'accepted' | 'declined' {
  if (d.sc.def.endings.escalation_demanded !== undefined && d.s.mood >= 60) {
    endCall(d, 'escalation_demanded');
    return 'accepted';
  }
  return 'declined';
}

export function onAbuseWarned(d: Draft): void {
  applyEffect(d, 'abuse_warned', null);
}
