import { holdElapsedMs, span, type HoldPolicy } from './holdPolicy.js';
import type { HoldRecord } from './state.js';

export type HoldStats = {
  count: number;
  totalMs: number;
  longestMs: number;
  /** Holds started without the caller's permission (hold etiquette, QA). */
  withoutPermission: number;
  /**
   * Check-ins judged against their due times. Ending a hold after a check-in fell due counts
   * as that check-in (the rep came back on the line): on time before the late mark, late after.
   * A check-in made before it was due is on time.
   */
  checkinsOnTime: number;
  checkinsLate: number;
  /** The longest the caller waited without hearing the rep (hold start or check-in to the next). */
  longestSilenceMs: number;
};

/** Figures for the floor and QA. Open holds count up to `now` (clamped: never negative). */
export function holdStats(holds: readonly HoldRecord[], policy: HoldPolicy, now: number): HoldStats {
  const stats: HoldStats = { count: holds.length, totalMs: 0, longestMs: 0, withoutPermission: 0, checkinsOnTime: 0, checkinsLate: 0, longestSilenceMs: 0 };
  for (const hold of holds) {
    const elapsed = holdElapsedMs(hold, now);
    stats.totalMs += elapsed;
    stats.longestMs = Math.max(stats.longestMs, elapsed);
    if (!hold.withPermission) stats.withoutPermission += 1;

    let since = hold.startedAt;
    let wait = policy.firstCheckinMs;
    const judge = (at: number) => {
      if (at >= since + wait + policy.lateAfterMs) stats.checkinsLate += 1;
      else stats.checkinsOnTime += 1;
    };
    for (const at of hold.checkins) {
      judge(at);
      stats.longestSilenceMs = Math.max(stats.longestSilenceMs, span(since, at));
      since = at;
      wait = policy.checkinIntervalMs;
    }
    const end = hold.endedAt ?? now;
    stats.longestSilenceMs = Math.max(stats.longestSilenceMs, span(since, end));
    if (hold.endedAt !== null && hold.endedAt >= since + wait) judge(hold.endedAt);
  }
  return stats;
}
