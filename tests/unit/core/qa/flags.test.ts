import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceCall, type Handover } from '../../../../core/call/index.js';
import { callFlags } from '../../../../core/qa/flags/callFlags.js';
import { brokenPromiseFlags, repeatCallFlag, repeatCallFlags, type CallRef } from '../../../../core/qa/flags/crossCall.js';
import { SECOND, T0, callLog, started, uuid } from '../call/builders.js';
import { commitment, findEvent, goodHeardCall, sec } from './qaLogs.js';

const HANDOVER: Handover = { text: 't', who: 'w', caseNumber: null, problem: 'p', tried: [], stepsDone: [], mood: { start: null, end: null, abuseWarnings: 0 }, promises: [] };
const DAY = 24 * 3600 * 1000;

describe('callFlags: one call\'s log', () => {
  it('the good call raises none', () => {
    expect(callFlags(reduceCall(goodHeardCall().events))).toEqual([]);
  });

  it('a hold without permission, a missed and a late check-in, each with its reason and event', () => {
    const log = started(callLog());
    log.at(20 * SECOND).add('hold.started', { withPermission: false });
    log.at(50 * SECOND).add('hold.checkin_due', { n: 1 });
    log.at(90 * SECOND).add('hold.ended');
    log.at(100 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true });
    log.at(101 * SECOND).add('hold.started', { withPermission: true });
    log.at(150 * SECOND).add('hold.checkin_done');
    log.at(160 * SECOND).add('hold.ended');
    const flags = callFlags(reduceCall(log.events));
    expect(flags).toEqual([
      { kind: 'hold_without_permission', at: sec(20), eventId: findEvent(log.events, 'hold.started', 20).id, reason: 'Hold 1 at 0:20 started without asking permission', relatedCallId: null },
      { kind: 'checkin_missed', at: sec(50), eventId: findEvent(log.events, 'hold.checkin_due').id, reason: 'Check-in 1 of hold 1 missed (due 0:50; back only when the hold ended, 40 s after it was due)', relatedCallId: null },
      { kind: 'checkin_late', at: sec(150), eventId: findEvent(log.events, 'hold.checkin_done').id, reason: 'Check-in 1 of hold 2 came 19 s after it was due at 2:11', relatedCallId: null },
    ]);
  });

  it('a missed check-in with no prompt logged is placed at its late mark, on the event that ended the hold', () => {
    const log = started(callLog());
    log.at(19 * SECOND).add('hold.permission_asked');
    log.at(20 * SECOND).add('hold.started', { withPermission: true });
    log.at(90 * SECOND).add('call.ended');
    expect(callFlags(reduceCall(log.events))).toEqual([
      { kind: 'checkin_missed', at: sec(65), eventId: findEvent(log.events, 'call.ended').id, reason: 'Check-in 1 of hold 1 missed (due 0:50; back only when the hold ended, 40 s after it was due)', relatedCallId: null },
    ]);
  });

  it('a closing override, the abusive-caller path, an escalation and a transfer', () => {
    const log = started(callLog());
    log.at(10 * SECOND).add('mood.set', { phase: 'start', mood: 'abusive' });
    log.at(20 * SECOND).add('abuse.warned');
    log.at(30 * SECOND).add('escalation', { to: 'Tier 2', reason: 'Refund over limit', handover: HANDOVER });
    log.at(40 * SECOND).add('closing.override', { missing: ['case_number', 'thanked'], reason: 'Caller hung up' });
    log.at(50 * SECOND).add('transfer', { to: 'Billing', handover: HANDOVER });
    const flags = callFlags(reduceCall(log.events));
    expect(flags.map((f) => [f.kind, f.at, f.eventId, f.reason])).toEqual([
      ['abusive_caller', sec(10), findEvent(log.events, 'mood.set').id, 'Abusive-caller path: caller recorded as abusive, 1 warning, no supervisor offered'],
      ['escalation', sec(30), findEvent(log.events, 'escalation').id, 'Escalated to Tier 2 at 0:30: Refund over limit'],
      ['closing_override', sec(40), findEvent(log.events, 'closing.override').id, 'Closed without: Gave the case number; Thanked the caller (Caller hung up)'],
      ['transfer', sec(50), findEvent(log.events, 'transfer').id, 'Transferred to Billing at 0:50'],
    ]);
  });

  it('an abusive mood corrected by the rep is no abusive-caller path', () => {
    const log = started(callLog());
    log.at(10 * SECOND).add('mood.set', { phase: 'start', mood: 'abusive' });
    log.at(11 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
    expect(callFlags(reduceCall(log.events))).toEqual([]);
  });
});

const ref = (n: number, customer: number, caseN: number | null, startedAt: number): CallRef => ({
  callId: uuid(0xa000 + n),
  customerId: uuid(0xb000 + customer),
  caseId: caseN === null ? null : uuid(0xc000 + caseN),
  startedAt,
  startEventId: uuid(0xd000 + n),
});

describe('repeat call within 7 days', () => {
  it('flags a later call of the same case, naming the earlier call', () => {
    const first = ref(1, 1, 1, T0);
    const again = ref(2, 1, 1, T0 + 2 * DAY + 3600_000);
    expect(repeatCallFlag(again, [first])).toEqual({ kind: 'repeat_call', at: again.startedAt, eventId: again.startEventId, reason: 'Repeat call about the same case: the previous call was 2 days earlier', relatedCallId: first.callId });
    expect(repeatCallFlag(first, [again])).toBeNull();
  });

  it('same customer counts too; the same case wins over a more recent call of the customer; outside 7 days does not', () => {
    const caseCall = ref(1, 1, 1, T0);
    const otherCase = ref(2, 1, 2, T0 + DAY);
    const now = ref(3, 1, 1, T0 + 3 * DAY);
    expect(repeatCallFlag(now, [caseCall, otherCase])?.relatedCallId).toBe(caseCall.callId);
    const noCase = ref(4, 1, null, T0 + 3 * DAY);
    expect(repeatCallFlag(noCase, [caseCall, otherCase])).toMatchObject({ relatedCallId: otherCase.callId, reason: 'Repeat call from the same customer: the previous call was 2 days earlier' });
    expect(repeatCallFlag(ref(5, 1, 1, T0 + 7 * DAY), [caseCall])).not.toBeNull();
    expect(repeatCallFlag(ref(5, 1, 1, T0 + 7 * DAY + 1), [caseCall])).toBeNull();
    expect(repeatCallFlag(ref(6, 2, null, T0 + DAY), [caseCall])).toBeNull();
  });

  it('the batch form agrees with the one-call form on any set of calls', () => {
    const callsArb = fc.array(fc.record({ customer: fc.integer({ min: 0, max: 4 }), caseN: fc.option(fc.integer({ min: 0, max: 5 })), day: fc.integer({ min: 0, max: 30 }), hour: fc.integer({ min: 0, max: 3 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(callsArb, (rows) => {
        const calls = rows.map((r, i) => ref(i, r.customer, r.caseN, T0 + r.day * DAY + r.hour * 3600_000));
        const batch = repeatCallFlags(calls);
        for (const c of calls) expect(batch.get(c.callId) ?? null).toEqual(repeatCallFlag(c, calls));
      }),
      { numRuns: 300 },
    );
  });
});

describe('broken promise', () => {
  const log = started(callLog());
  commitment(log, 'Call back with tracking', 3600_000, 20);
  commitment(log, 'Email the label', 600_000, 30);
  const state = reduceCall(log.events);
  const [callBack, email] = state.commitments;

  it('flags a promise past due and not done, and one kept late; not one done on time or cancelled', () => {
    const now = sec(20) + 5 * 3600_000;
    const flags = brokenPromiseFlags(state, [{ commitmentId: email!.id, status: 'done', doneAt: email!.dueAt + 2 * 3600_000 }], now);
    expect(flags).toEqual([
      { kind: 'broken_promise', at: sec(20), eventId: findEvent(log.events, 'commitment.made', 20).id, reason: 'Promise "Call back with tracking" (Sam Rivera) was due 4 h ago and is not done', relatedCallId: null },
      { kind: 'broken_promise', at: sec(30), eventId: findEvent(log.events, 'commitment.made', 30).id, reason: 'Promise "Email the label" (Sam Rivera) was kept 2 h late', relatedCallId: null },
    ]);
    expect(brokenPromiseFlags(state, [{ commitmentId: callBack!.id, status: 'done', doneAt: callBack!.dueAt - 1 }, { commitmentId: email!.id, status: 'cancelled', doneAt: null }], now)).toEqual([]);
  });

  it('is not broken before its due time', () => {
    expect(brokenPromiseFlags(state, [], sec(31))).toEqual([]);
  });
});
