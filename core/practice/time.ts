import { applyEffect, say, type Draft } from './draft.js';

// Time passing. Off hold, dead air while the caller waits for the trainee is a long silence
// (at most three charged at once, so a laptop waking from sleep does not end every call); on
// hold, waiting wears patience down. Both derive from timestamps only, so a replay matches.

const MAX_SILENCES_AT_ONCE = 3;

export function chargeTime(d: Draft, at: number): void {
  d.s.now = Math.max(d.s.now, at);
  if (d.s.phase === 'ended') return;
  if (d.s.hold.on) {
    const since = d.s.hold.chargedUntil ?? d.s.hold.startedAt ?? d.s.now;
    const periods = Math.floor((d.s.now - since) / d.sc.params.holdPatienceMs);
    if (periods > 0) {
      applyEffect(d, 'hold_time', null, { times: periods });
      d.s.hold.chargedUntil = since + periods * d.sc.params.holdPatienceMs;
    }
    return;
  }
  const silentFor = d.s.now - d.s.quietSince;
  const periods = Math.min(MAX_SILENCES_AT_ONCE, Math.floor(silentFor / d.sc.params.silenceMs));
  if (periods > 0) {
    applyEffect(d, 'silence', null, { times: periods });
    d.s.quietSince = d.s.now;
    say(d, 'silence');
  }
}
