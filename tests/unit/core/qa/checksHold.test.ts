import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_POLICY, holdStats, reduceCall, type HoldRecord } from '../../../../core/call/index.js';
import { autoAnswers } from '../../../../core/qa/checks/registry.js';
import { checkinTimeline } from '../../../../core/qa/hold/checkinTimeline.js';
import { SECOND, callLog, started } from '../call/builders.js';
import { findEvent, goodHeardCall, sec } from './qaLogs.js';

const ev = (e: { id: string; at: number }) => ({ eventId: e.id, at: e.at });

function withHold(build: (log: ReturnType<typeof callLog>) => void) {
  const log = started(callLog());
  log.at(10 * SECOND).add('step.checked', { stepId: 'listen' });
  build(log);
  return log.events;
}

describe('hold_permission: permission asked before every hold', () => {
  it('yes on the good call, citing the question, the answer and the hold', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('yes');
    expect(a.evidence).toEqual([
      { ...ev(findEvent(events, 'hold.permission_asked')), why: 'Asked permission before hold 1' },
      { ...ev(findEvent(events, 'hold.permission_answered')), why: 'The caller agreed to hold' },
      { ...ev(findEvent(events, 'hold.started')), why: 'Hold 1 started with permission' },
    ]);
  });

  it('N/A with no holds', () => {
    const a = autoAnswers(withHold(() => {}));
    expect(a.hold_permission).toEqual({ answer: 'na', summary: 'No holds on this call', evidence: [] });
    expect(a.hold_checkins.answer).toBe('na');
    expect(a.hold_thanks.answer).toBe('na');
  });

  it('no when a hold starts without asking, pointing at that hold', () => {
    const events = withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: false }).at(40 * SECOND).add('hold.ended'));
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('no');
    expect(a.summary).toBe("1 of 1 hold without the caller's permission");
    expect(a.evidence).toEqual([{ ...ev(findEvent(events, 'hold.started')), why: 'Hold 1 started without asking permission' }]);
  });

  it('no when the caller said no and the rep held anyway', () => {
    const events = withHold((log) =>
      log.at(20 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: false }).at(21 * SECOND).add('hold.started', { withPermission: false }).at(40 * SECOND).add('hold.ended'),
    );
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('no');
    expect(a.evidence.map((e) => e.why)).toEqual(['The caller said no to holding', 'Hold 1 started although the caller said no']);
    expect(a.evidence[0]?.eventId).toBe(findEvent(events, 'hold.permission_answered').id);
  });

  it('judges each hold: a permission is spent on one hold, so the second needs its own', () => {
    const events = withHold((log) => {
      log.at(20 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true });
      log.at(21 * SECOND).add('hold.started', { withPermission: true }).at(40 * SECOND).add('hold.ended');
      log.at(60 * SECOND).add('hold.started', { withPermission: true }).at(70 * SECOND).add('hold.ended');
    });
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('no');
    expect(a.summary).toBe("1 of 2 holds without the caller's permission");
    expect(a.evidence.at(-1)).toEqual({ ...ev(findEvent(events, 'hold.started', 60)), why: 'Hold 2 started without asking permission' });
  });

  it('asked with no answer logged: as the rep stated it on hold.started', () => {
    const asked = (withPermission: boolean) =>
      autoAnswers(withHold((log) => log.at(20 * SECOND).add('hold.permission_asked').at(22 * SECOND).add('hold.started', { withPermission }).at(30 * SECOND).add('hold.ended'))).hold_permission;
    expect(asked(true).answer).toBe('yes');
    expect(asked(false).answer).toBe('no');
    expect(asked(false).evidence.map((e) => e.why)).toEqual(['Asked permission before hold 1, but no answer was recorded', "Hold 1 started without the caller's answer"]);
  });

  it('never cites an event the reducer refused (a permission asked while already on hold)', () => {
    const events = withHold((log) => {
      log.at(20 * SECOND).add('hold.started', { withPermission: false });
      log.at(25 * SECOND).add('hold.permission_asked'); // anomaly: already on hold
      log.at(28 * SECOND).add('hold.ended');
    });
    const state = reduceCall(events);
    expect(state.anomalies).toHaveLength(1);
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('no');
    expect(a.evidence.map((e) => e.eventId)).not.toContain(findEvent(events, 'hold.permission_asked').id);
  });
});

describe('hold_checkins: check-ins on time', () => {
  it('yes on the good call, citing the check-in', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events).hold_checkins;
    expect(a).toMatchObject({ answer: 'yes', summary: 'All 1 check-in on time' });
    expect(a.evidence).toEqual([{ ...ev(findEvent(events, 'hold.checkin_done')), why: 'Check-in 1 of hold 1 on time (due 1:33)' }]);
  });

  it('no for a late check-in (past the late mark), saying how late', () => {
    // hold at 20 s: first check-in due at 50 s, late from 65 s; done at 70 s
    const events = withHold((log) => log.at(19 * SECOND).add('hold.permission_asked').at(20 * SECOND).add('hold.started', { withPermission: true }).at(70 * SECOND).add('hold.checkin_done').at(80 * SECOND).add('hold.ended'));
    const a = autoAnswers(events).hold_checkins;
    expect(a).toMatchObject({ answer: 'no', summary: '1 of 1 check-in late or missed' });
    expect(a.evidence).toEqual([{ ...ev(findEvent(events, 'hold.checkin_done')), why: 'Check-in 1 of hold 1 20 s after it was due (0:50)' }]);
  });

  it('no for a missed check-in: the prompt fired, the rep came back only at the end of the hold', () => {
    const events = withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: true }).at(50 * SECOND).add('hold.checkin_due', { n: 1 }).at(90 * SECOND).add('hold.ended'));
    const a = autoAnswers(events).hold_checkins;
    expect(a.answer).toBe('no');
    expect(a.evidence).toEqual([
      { ...ev(findEvent(events, 'hold.checkin_due')), why: 'Check-in 1 of hold 1 prompted, not done' },
      { ...ev(findEvent(events, 'hold.ended')), why: 'Came back only when the hold ended, 40 s after check-in 1 was due' },
    ]);
  });

  it('a return from hold between due and late counts as an on-time check-in; a short hold needs none', () => {
    const onTime = autoAnswers(withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: true }).at(55 * SECOND).add('hold.ended'))).hold_checkins;
    expect(onTime).toMatchObject({ answer: 'yes', summary: 'All 1 check-in on time' });
    const events = withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: true }).at(45 * SECOND).add('hold.ended'));
    const short = autoAnswers(events).hold_checkins;
    expect(short).toEqual({ answer: 'yes', summary: 'Every hold ended before a check-in was due', evidence: [{ ...ev(findEvent(events, 'hold.ended')), why: 'Hold 1 ended before a check-in was due' }] });
  });

  it('a hold cut short by the end of the call is judged at the end of the call', () => {
    const events = withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: true }).at(120 * SECOND).add('call.ended'));
    const a = autoAnswers(events).hold_checkins;
    expect(a.answer).toBe('no');
    expect(a.evidence.at(-1)?.eventId).toBe(findEvent(events, 'call.ended').id);
  });

  it('at a replay moment, an open hold past the late mark is already a miss, and one not yet due is not judged', () => {
    const events = withHold((log) => log.at(20 * SECOND).add('hold.started', { withPermission: true }));
    expect(autoAnswers(events, { now: sec(40) }).hold_checkins.answer).toBe('yes');
    expect(autoAnswers(events, { now: sec(60) }).hold_checkins.answer).toBe('yes');
    const late = autoAnswers(events, { now: sec(70) }).hold_checkins;
    expect(late.answer).toBe('no');
    expect(late.evidence).toEqual([{ ...ev(findEvent(events, 'hold.started')), why: 'Check-in 1 of hold 1 due at 0:50, not done yet' }]);
  });
});

describe('hold_thanks: thanks on return', () => {
  it('says "not enough evidence" (the log records the return, not the words) and points at each return', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events).hold_thanks;
    expect(a).toMatchObject({ answer: 'unknown', reason: 'not enough evidence' });
    expect(a.evidence).toEqual([{ ...ev(findEvent(events, 'hold.ended')), why: 'Return from hold 1: listen for "thank you for holding"' }]);
  });
});

describe('checkinTimeline agrees with holdStats (the core/call judgement)', () => {
  const holdArb = fc
    .record({
      start: fc.integer({ min: 0, max: 100_000 }),
      gaps: fc.array(fc.integer({ min: 0, max: 90_000 }), { maxLength: 6 }),
      tail: fc.integer({ min: 0, max: 120_000 }),
    })
    .map(({ start, gaps, tail }): HoldRecord => {
      const checkins: number[] = [];
      let t = start;
      for (const g of gaps) checkins.push((t += g));
      return { startedAt: start, endedAt: t + tail, endedBy: 'hold.ended', withPermission: true, permissionAsked: true, permissionGranted: true, checkins, checkinsDue: [] };
    });

  it('counts the same on-time and late check-ins for any closed hold', () => {
    fc.assert(
      fc.property(holdArb, (hold) => {
        const stats = holdStats([hold], DEFAULT_HOLD_POLICY, hold.endedAt ?? 0);
        const timeline = checkinTimeline(hold, DEFAULT_HOLD_POLICY, hold.endedAt ?? 0);
        expect(timeline.filter((j) => j.verdict === 'on_time').length).toBe(stats.checkinsOnTime);
        expect(timeline.filter((j) => j.verdict === 'late' || j.verdict === 'missed').length).toBe(stats.checkinsLate);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hold evidence follows the reducer on a re-asked question', () => {
  it('asking again after a "no" cites the new question and its answer, not the old refusal', () => {
    const events = withHold((log) => {
      log.at(20 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: false });
      log.at(40 * SECOND).add('hold.permission_asked');
      log.at(41 * SECOND).add('hold.permission_answered', { granted: true });
      log.at(42 * SECOND).add('hold.started', { withPermission: true }).at(50 * SECOND).add('hold.ended');
    });
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('yes');
    expect(a.evidence.map((e) => e.at)).toEqual([sec(40), sec(41), sec(42)]);
  });

  it('asking again without an answer: the earlier answer no longer counts', () => {
    const events = withHold((log) => {
      log.at(20 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true });
      log.at(40 * SECOND).add('hold.permission_asked');
      log.at(42 * SECOND).add('hold.started', { withPermission: false }).at(50 * SECOND).add('hold.ended');
    });
    expect(reduceCall(events).hold.holds[0]?.permissionGranted).toBeNull();
    const a = autoAnswers(events).hold_permission;
    expect(a.answer).toBe('no');
    expect(a.evidence.map((e) => e.at)).toEqual([sec(40), sec(42)]);
  });
});
