import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOLD_POLICY,
  anchorCallClock,
  applyEvent,
  callClockNow,
  callbackState,
  currentHold,
  emptyCallState,
  holdDeadlines,
  holdElapsedMs,
  holdStats,
  nextCheckinDue,
  parseHoldPolicy,
  promptState,
  reduceCall,
  totalHoldMs,
  type HoldPolicy,
} from '../../../../core/call/index.js';
import { SECOND, T0, callLog, started } from './builders.js';

const policy = DEFAULT_HOLD_POLICY;

/** A call put on hold at T0 + 10 s; returns the builder and the hold's start time. */
function onHoldAt10s() {
  const log = started(callLog(), 'heard');
  log.at(8 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true });
  log.at(10 * SECOND).add('hold.started', { withPermission: true });
  return { log, start: T0 + 10 * SECOND };
}

const hold = (events: Parameters<typeof reduceCall>[0]) => currentHold(reduceCall(events).hold);

describe('check-in prompts', () => {
  it('is due exactly 30 000 ms after the hold starts, not at 29 999', () => {
    const { log, start } = onHoldAt10s();
    const h = hold(log.events);
    expect(nextCheckinDue(h!, policy)).toBe(start + 30_000);
    expect(promptState(h, policy, start)).toBe('none');
    expect(promptState(h, policy, start + 29_999)).toBe('none');
    expect(promptState(h, policy, start + 30_000)).toBe('due');
  });

  it('escalates 15 s after due, and stays escalated until the rep checks in', () => {
    const { log, start } = onHoldAt10s();
    const h = hold(log.events);
    expect(promptState(h, policy, start + 44_999)).toBe('due');
    expect(promptState(h, policy, start + 45_000)).toBe('escalated');
    expect(promptState(h, policy, start + 600_000)).toBe('escalated');
  });

  it('repeats every 45 s after the last check-in', () => {
    const { log, start } = onHoldAt10s();
    log.at(10 * SECOND + 31_000).add('hold.checkin_done');
    let h = hold(log.events)!;
    expect(nextCheckinDue(h, policy)).toBe(start + 76_000);
    expect(promptState(h, policy, start + 75_999)).toBe('none');
    expect(promptState(h, policy, start + 76_000)).toBe('due');
    expect(promptState(h, policy, start + 91_000)).toBe('escalated');
    // A late check-in restarts the 45 s from when the rep actually came back.
    log.at(10 * SECOND + 95_000).add('hold.checkin_done');
    h = hold(log.events)!;
    expect(nextCheckinDue(h, policy)).toBe(start + 140_000);
    expect(promptState(h, policy, start + 95_000)).toBe('none');
  });

  it("ignores the timer's own hold.checkin_due records when computing prompts", () => {
    const { log, start } = onHoldAt10s();
    const before = hold(log.events)!;
    log.at(10 * SECOND + 30_000).add('hold.checkin_due', { n: 1 });
    log.at(10 * SECOND + 30_001).add('hold.checkin_due', { n: 1 }); // a timer firing twice
    const after = hold(log.events)!;
    expect(after.checkinsDue).toEqual([{ n: 1, at: start + 30_000 }, { n: 1, at: start + 30_001 }]);
    expect(nextCheckinDue(after, policy)).toBe(nextCheckinDue(before, policy));
  });

  it('has no prompt without a hold or after it ended', () => {
    const { log } = onHoldAt10s();
    log.at(20 * SECOND).add('hold.ended');
    const s = reduceCall(log.events);
    expect(currentHold(s.hold)).toBeNull();
    expect(promptState(null, policy, T0 + 100 * SECOND)).toBe('none');
    expect(nextCheckinDue(s.hold.holds[0]!, policy)).toBeNull();
    expect(holdDeadlines(s.hold, policy)).toBeNull();
  });

  it('follows a team interval', () => {
    const custom = parseHoldPolicy({ checkinIntervalSec: 20, firstCheckinSec: 60 });
    expect(custom.ok).toBe(true);
    const p = (custom as { ok: true; value: HoldPolicy }).value;
    const { log, start } = onHoldAt10s();
    expect(nextCheckinDue(hold(log.events)!, p)).toBe(start + 60_000);
    log.at(10 * SECOND + 60_000).add('hold.checkin_done');
    expect(nextCheckinDue(hold(log.events)!, p)).toBe(start + 80_000);
  });
});

describe('hold policy settings', () => {
  it('defaults to 30 s first, 45 s interval, late at 15 s, callback at 2 min', () => {
    expect(parseHoldPolicy({})).toEqual({ ok: true, value: { firstCheckinMs: 30_000, checkinIntervalMs: 45_000, lateAfterMs: 15_000, callbackAfterMs: 120_000 } });
  });

  it('accepts an interval of 15 to 120 s, and nothing else', () => {
    expect(parseHoldPolicy({ checkinIntervalSec: 15 })).toMatchObject({ ok: true, value: { checkinIntervalMs: 15_000 } });
    expect(parseHoldPolicy({ checkinIntervalSec: 120 })).toMatchObject({ ok: true, value: { checkinIntervalMs: 120_000 } });
    expect(parseHoldPolicy({ checkinIntervalSec: 14 })).toEqual({ ok: false, errors: ['checkinIntervalSec: The check-in interval is 15 to 120 seconds'] });
    expect(parseHoldPolicy({ checkinIntervalSec: 121 })).toEqual({ ok: false, errors: ['checkinIntervalSec: The check-in interval is 15 to 120 seconds'] });
    expect(parseHoldPolicy({ checkinIntervalSec: 30.5 }).ok).toBe(false);
    expect(parseHoldPolicy({ checkinIntervalSec: '45' }).ok).toBe(false);
    expect(parseHoldPolicy({ firstCheckinSec: 61 }).ok).toBe(false);
    expect(parseHoldPolicy({ intervalSec: 45 }).ok).toBe(false);
    expect(parseHoldPolicy(null).ok).toBe(false);
  });
});

describe('callback offer', () => {
  it('offers a callback once total hold time on the call reaches 120 s', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('hold.started', { withPermission: true });
    log.at(80 * SECOND).add('hold.ended'); // 70 s
    log.at(100 * SECOND).add('hold.started', { withPermission: true });
    const s = reduceCall(log.events);
    const second = T0 + 100 * SECOND;
    expect(holdDeadlines(s.hold, policy)?.callbackAt).toBe(second + 50_000);
    expect(callbackState(s.hold, policy, second + 49_999)).toBe('none');
    expect(callbackState(s.hold, policy, second + 50_000)).toBe('offer');
    expect(totalHoldMs(s.hold.holds, second + 50_000)).toBe(120_000);
    // Still 'offer' once off hold: the next hold should be a callback instead.
    log.at(160 * SECOND).add('hold.ended');
    expect(callbackState(reduceCall(log.events).hold, policy, T0 + 200 * SECOND)).toBe('offer');
    log.at(161 * SECOND).add('hold.callback_offered');
    expect(callbackState(reduceCall(log.events).hold, policy, T0 + 200 * SECOND)).toBe('offered');
  });

  it('has no callback deadline once the threshold is passed or the callback was offered', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('hold.started', { withPermission: true });
    log.at(140 * SECOND).add('hold.ended');
    log.at(150 * SECOND).add('hold.started', { withPermission: true });
    expect(holdDeadlines(reduceCall(log.events).hold, policy)).toMatchObject({ callbackAt: null, checkinNumber: 1 });
  });
});

describe('reload mid-hold', () => {
  it('reducing the same log again gives the same state and the same deadlines', () => {
    const { log, start } = onHoldAt10s();
    log.at(10 * SECOND + 30_000).add('hold.checkin_due', { n: 1 });
    log.at(10 * SECOND + 33_000).add('hold.checkin_done');
    const before = reduceCall(log.events);
    const reloaded = reduceCall(JSON.parse(JSON.stringify(log.events)));
    expect(reloaded).toEqual(before);
    const incremental = log.events.reduce((s, e) => applyEvent(s, e), emptyCallState());
    expect(incremental).toEqual(before);
    const expected = { checkinNumber: 2, checkinDueAt: start + 78_000, checkinLateAt: start + 93_000, callbackAt: start + 120_000 };
    expect(holdDeadlines(before.hold, policy)).toEqual(expected);
    expect(holdDeadlines(reloaded.hold, policy)).toEqual(expected);
    expect(promptState(currentHold(reloaded.hold), policy, start + 78_000)).toBe('due');
  });
});

describe('wall-clock jumps', () => {
  it('clamps a backwards jump to zero: nothing negative, the prompt waits', () => {
    const { log, start } = onHoldAt10s();
    const s = reduceCall(log.events);
    const h = currentHold(s.hold)!;
    const now = start - 3_600_000; // the clock went back an hour
    expect(holdElapsedMs(h, now)).toBe(0);
    expect(promptState(h, policy, now)).toBe('none');
    expect(callbackState(s.hold, policy, now)).toBe('none');
    const stats = holdStats(s.hold.holds, policy, now);
    expect(stats).toMatchObject({ count: 1, totalMs: 0, longestMs: 0, longestSilenceMs: 0 });
    // Deadlines come from the log alone, so they do not move with the clock.
    expect(holdDeadlines(s.hold, policy)?.checkinDueAt).toBe(start + 30_000);
  });

  it('reads a forwards jump as time passed: the prompt escalates and a callback is offered', () => {
    const { log, start } = onHoldAt10s();
    const s = reduceCall(log.events);
    const now = start + 3_600_000;
    expect(promptState(currentHold(s.hold), policy, now)).toBe('escalated');
    expect(callbackState(s.hold, policy, now)).toBe('offer');
  });

  it('tolerates events stamped across a backwards jump (they sort before the hold): anomaly, no negative spans', () => {
    const { log, start } = onHoldAt10s();
    log.at(10 * SECOND - 60_000).add('hold.ended'); // stamped after the clock went back a minute
    const s = reduceCall(log.events);
    expect(s.anomalies.map((a) => a.reason)).toEqual(['no hold in progress']);
    expect(s.phase).toBe('on_hold');
    expect(holdStats(s.hold.holds, policy, start - 50_000).totalMs).toBe(0);
    expect(reduceCall([...log.events].reverse())).toEqual(s);
  });

  it('the call clock keeps stamps in order and durations true when the wall clock jumps', () => {
    // mono: a monotonic reading in ms; wall: the wall clock, which jumps back an hour mid-hold.
    const anchor = anchorCallClock(T0, 5_000, null);
    const log = started(callLog({ t0: 0 }).at(callClockNow(anchor, 5_000)), 'heard');
    log.at(callClockNow(anchor, 15_000)).add('hold.started', { withPermission: true });
    // Wall clock now reads T0 - 1 h; the call clock ignores it.
    log.at(callClockNow(anchor, 55_000)).add('hold.ended');
    const s = reduceCall(log.events);
    expect(s.anomalies).toEqual([]);
    expect(s.hold.holds[0]).toMatchObject({ startedAt: T0 + 10_000, endedAt: T0 + 50_000 });
    // After a reload the process re-anchors; a wall clock still behind never stamps before the log's end.
    const reanchored = anchorCallClock(T0 - 3_600_000, 100, s.log.events.at(-1)!.at);
    expect(callClockNow(reanchored, 100)).toBe(T0 + 50_000);
    expect(callClockNow(reanchored, 2_100)).toBe(T0 + 52_000);
    // A monotonic reading from before the anchor (should not happen) reads as the anchor, never earlier.
    expect(callClockNow(reanchored, 0)).toBe(T0 + 50_000);
  });
});

describe('hold statistics', () => {
  it('counts holds, total, longest, check-ins on time and late, and permission', () => {
    const log = started(callLog(), 'heard');
    // Hold 1: 0-100 s after 10 s. Check-ins at +30 s (on time) and +95 s (due +75, late from +90: late).
    log.at(10 * SECOND).add('hold.started', { withPermission: true });
    log.at(40 * SECOND).add('hold.checkin_done');
    log.at(105 * SECOND).add('hold.checkin_done');
    log.at(110 * SECOND).add('hold.ended');
    // Hold 2: 20 s, no permission, ended before any check-in was due.
    log.at(200 * SECOND).add('hold.started', { withPermission: false });
    log.at(220 * SECOND).add('hold.ended');
    // Hold 3: ended at +40 s without a check-in: coming back within the grace counts as on time.
    log.at(300 * SECOND).add('hold.started', { withPermission: true });
    log.at(340 * SECOND).add('hold.ended');
    // Hold 4: ended at +50 s without a check-in: late.
    log.at(400 * SECOND).add('hold.started', { withPermission: true });
    log.at(450 * SECOND).add('hold.ended');
    const s = reduceCall(log.events);
    expect(holdStats(s.hold.holds, policy, T0 + 1000 * SECOND)).toEqual({
      count: 4,
      totalMs: 100_000 + 20_000 + 40_000 + 50_000,
      longestMs: 100_000,
      withoutPermission: 1,
      checkinsOnTime: 2,
      checkinsLate: 2,
      longestSilenceMs: 65_000,
    });
  });

  it('counts an open hold up to now', () => {
    const { log, start } = onHoldAt10s();
    expect(holdStats(reduceCall(log.events).hold.holds, policy, start + 12_345)).toMatchObject({ count: 1, totalMs: 12_345, longestSilenceMs: 12_345 });
  });
});
