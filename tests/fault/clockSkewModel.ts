import fc from 'fast-check';
import type { ChangeRecord } from '../../core/sync/change.js';
import { HLC_MAX_DRIFT_MS, isTooFarAhead, restamp, type HlcState } from '../../core/sync/hlc.js';
import type { PushResponse } from '../../core/sync/messages.js';

// Clocks in the fault simulation (issue 4: "clock skew from -3 days to +1 year"). Each
// client's wall clock is off the server's by a skew, which can also jump during a history
// (a user fixes the date, NTP corrects it). Local writes are never refused whatever the
// clock says; the server refuses a stamp more than HLC_MAX_DRIFT_MS in its future, and the
// client then learns the offset from the refusal's serverNow, re-stamps only its
// unacknowledged changes with core/sync's restamp, and stamps later writes with its wall
// clock corrected by that offset, as the app's sync loop does (backend/sync).

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365 * DAY_MS;

/**
 * A client's wall clock minus the server's: mostly seconds, often anything from -3 days to
 * +1 year, and the edges (exactly the extremes, and just inside and just past the drift
 * the server tolerates, where a stamp can turn acceptable while a request is delayed).
 */
export const skewArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5_000, max: 5_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: -3 * DAY_MS, max: YEAR_MS }) },
  { weight: 2, arbitrary: fc.constantFrom(-3 * DAY_MS, YEAR_MS, HLC_MAX_DRIFT_MS - 1_000, HLC_MAX_DRIFT_MS + 1, HLC_MAX_DRIFT_MS + 20_000) },
);

/**
 * What the server answers a push, from its model position and clock: seqs it holds are
 * skipped, a seq past the next expected one stops the batch at the gap, and a stamp too far
 * ahead stops it with a clock refusal; everything before the stop is stored.
 */
export function expectedPush(changes: readonly ChangeRecord[], position: number, serverNow: number): PushResponse {
  let acked = position;
  let stoppedAtGap: number | null = null;
  const clockRefused: PushResponse['clockRefused'] = [];
  for (const change of changes) {
    if (change.seq <= position) continue;
    if (change.seq > acked + 1) {
      stoppedAtGap = acked + 1;
      break;
    }
    if (isTooFarAhead(change.hlc, serverNow)) {
      clockRefused.push({ seq: change.seq, serverNow });
      break;
    }
    acked = change.seq;
  }
  return { ackedThrough: acked, rejected: [], stoppedAtGap, clockRefused };
}

export type ClockedClient = { outbox: ChangeRecord[]; acked: number; hlc: HlcState; offsetMs: number };

/**
 * The client's answer to a clock refusal heard at its own wall time wallMs: the offset to
 * the server's clock, and every unacknowledged change re-stamped from the corrected clock
 * (acknowledged ones keep their stamps: the server holds them as they are). Returns how
 * many changes got a new stamp.
 */
export function restampUnacked(c: ClockedClient, serverNow: number, wallMs: number): number {
  c.offsetMs = serverNow - wallMs;
  const waiting = c.outbox.slice(c.acked);
  const { changes, state } = restamp(waiting, c.hlc, wallMs + c.offsetMs);
  c.outbox.splice(c.acked, changes.length, ...changes);
  c.hlc = state;
  return changes.length;
}
