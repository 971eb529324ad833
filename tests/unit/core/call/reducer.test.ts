import { describe, expect, it } from 'vitest';
import { closingMissing, handoverSummary, reduceCall, scriptCatalog, type CallState } from '../../../../core/call/index.js';
import { CASE_ID, CUSTOMER_ID, SECOND, T0, callLog, note, started } from './builders.js';

const steps = (s: CallState) => s.script.steps.map((st) => `${st.id}:${st.done ? 'x' : '-'}`).join(' ');

describe('reduceCall: a full HEARD call', () => {
  const log = callLog();
  started(log, 'heard');
  log.at(2 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
  const greeting = reduceCall(log.events);
  note(log.at(20 * SECOND), 'Order 5512 arrived with a cracked screen; second time this month.');
  log.at(60 * SECOND).add('step.checked', { stepId: 'listen' });
  log.at(70 * SECOND).add('step.checked', { stepId: 'empathize' });
  log.at(75 * SECOND).add('step.checked', { stepId: 'apologize' });
  log.at(80 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true });
  log.at(82 * SECOND).add('hold.started', { withPermission: true });
  const onHold = reduceCall(log.events);
  log.at(110 * SECOND).add('hold.checkin_done');
  log.at(130 * SECOND).add('hold.ended');
  log.at(140 * SECOND).add('step.checked', { stepId: 'resolve' });
  const resolved = reduceCall(log.events);
  log.at(150 * SECOND).add('commitment.made', { commitmentId: CASE_ID.replace('ca5e', 'c0aa'), description: 'Call back with the replacement tracking number', owner: 'Sam Rivera', dueAt: T0 + 3_600_000 });
  for (const item of ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] as const) {
    log.at(160 * SECOND).add('closing.ticked', { item });
  }
  log.at(170 * SECOND).add('mood.set', { phase: 'end', mood: 'calm' });
  log.at(180 * SECOND).add('disposition.set', { disposition: 'pending', rootCause: { category: 'delivery', note: 'Parcel crushed in transit' }, summary: 'Replacement sent' });
  const wrapUp = reduceCall(log.events);
  log.at(190 * SECOND).add('step.checked', { stepId: 'diagnose' });
  log.at(200 * SECOND).add('call.ended');
  const final = reduceCall(log.events);

  it('starts in the greeting, on the first HEARD step', () => {
    expect(greeting.phase).toBe('greeting');
    expect(greeting.start).toMatchObject({ customerId: CUSTOMER_ID, caseId: CASE_ID, repName: 'Sam Rivera', direction: 'inbound' });
    expect(greeting.script).toMatchObject({ id: 'heard', name: 'HEARD', known: true, currentStepId: 'listen' });
    expect(greeting.mood).toEqual({ start: 'angry', end: null });
  });

  it('is on hold between hold.started and hold.ended, with the permission flag', () => {
    expect(onHold.phase).toBe('on_hold');
    expect(onHold.hold.holds).toHaveLength(1);
    expect(onHold.hold.holds[0]).toMatchObject({ withPermission: true, permissionAsked: true, permissionGranted: true, endedAt: null });
    expect(onHold.hold.permission).toBeNull();
    expect(onHold.script.currentStepId).toBe('resolve');
  });

  it('leaves Diagnose (a wrap-up step) for after the call', () => {
    expect(resolved.phase).toBe('in_progress');
    expect(steps(resolved)).toBe('listen:x empathize:x apologize:x resolve:x diagnose:-');
    expect(resolved.script.currentStepId).toBe('diagnose');
    expect(resolved.hold.holds[0]?.checkins).toEqual([resolved.start!.at + 110 * SECOND]);
  });

  it('moves to wrap-up at the disposition and ends at call.ended', () => {
    expect(wrapUp.phase).toBe('wrap_up');
    expect(wrapUp.disposition).toMatchObject({ disposition: 'pending', rootCause: { category: 'delivery' } });
    expect(closingMissing(wrapUp)).toEqual([]);
    expect(final.phase).toBe('ended');
    expect(final.endedAt).toBe(final.start!.at + 200 * SECOND);
    expect(final.script.currentStepId).toBeNull();
    expect(final.mood).toEqual({ start: 'angry', end: 'calm' });
    expect(final.commitments).toHaveLength(1);
    expect(final.notes.map((n) => n.body)).toEqual(['Order 5512 arrived with a cracked screen; second time this month.']);
    expect(final.anomalies).toEqual([]);
  });
});

describe('reduceCall: a full LAST call', () => {
  const log = callLog();
  started(log, 'last');
  log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'calm' });
  note(log.at(30 * SECOND), 'Wants to change delivery address for order 7730.');
  log.at(40 * SECOND).add('step.checked', { stepId: 'listen' });
  log.at(45 * SECOND).add('step.checked', { stepId: 'apologize' });
  log.at(90 * SECOND).add('step.checked', { stepId: 'resolve' });
  log.at(100 * SECOND).add('closing.ticked', { item: 'anything_else' }).add('closing.ticked', { item: 'next_steps' }).add('closing.ticked', { item: 'case_number' }).add('closing.ticked', { item: 'commitments' });
  log.at(105 * SECOND).add('step.checked', { stepId: 'thank' });
  log.at(110 * SECOND).add('mood.set', { phase: 'end', mood: 'calm' });
  log.at(120 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: { category: 'other', note: '' }, summary: 'Address changed' });
  log.at(125 * SECOND).add('call.ended');
  const s = reduceCall(log.events);

  it('walks Listen, Apologize, Solve, Thank', () => {
    expect(s.script).toMatchObject({ id: 'last', name: 'LAST' });
    expect(steps(s)).toBe('listen:x apologize:x resolve:x thank:x');
    expect(s.script.steps.map((st) => st.title)).toEqual(['Listen', 'Apologize', 'Solve', 'Thank']);
    expect(s.phase).toBe('ended');
  });

  it("counts LAST's Thank as the closing thank-you, and a calm caller needs no make-it-right", () => {
    expect(closingMissing(s)).toEqual([]);
  });
});

describe('steps: tick, untick, revisit', () => {
  it('shows the first unchecked step, and an unticked step becomes current again', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('step.checked', { stepId: 'listen' }).add('step.checked', { stepId: 'empathize' });
    expect(reduceCall(log.events).script.currentStepId).toBe('apologize');
    log.at(20 * SECOND).add('step.unchecked', { stepId: 'listen' });
    const revisited = reduceCall(log.events);
    expect(revisited.script.currentStepId).toBe('listen');
    expect(steps(revisited)).toBe('listen:- empathize:x apologize:- resolve:- diagnose:-');
    log.at(30 * SECOND).add('step.checked', { stepId: 'listen' });
    const back = reduceCall(log.events);
    expect(back.script.currentStepId).toBe('apologize');
    expect(back.script.steps[0]?.doneAt).toBe(log.last().at);
  });

  it('allows ticking ahead; the current step stays the first one not done', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('step.checked', { stepId: 'apologize' });
    const s = reduceCall(log.events);
    expect(s.script.currentStepId).toBe('listen');
    expect(s.phase).toBe('in_progress');
  });

  it('keeps the first tick time when a step is ticked twice, and ignores unticking an unticked step', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('step.checked', { stepId: 'listen' });
    log.at(9 * SECOND).add('step.checked', { stepId: 'listen' }).add('step.unchecked', { stepId: 'resolve' });
    const s = reduceCall(log.events);
    expect(s.script.steps[0]?.doneAt).toBe(log.events[0]!.at + 5 * SECOND);
    expect(s.anomalies).toEqual([]);
  });

  it('offers wrap-up steps in script order once the call is in wrap-up', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('step.checked', { stepId: 'listen' });
    log.at(9 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: null, summary: '' });
    const s = reduceCall(log.events);
    expect(s.phase).toBe('wrap_up');
    expect(s.script.currentStepId).toBe('empathize');
  });

  it('enters wrap-up when a wrap-up step is ticked', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('step.checked', { stepId: 'diagnose' });
    expect(reduceCall(log.events).phase).toBe('wrap_up');
  });
});

describe('switching method mid-call', () => {
  it('shows the new script and keeps the steps both scripts share', () => {
    const log = started(callLog(), 'last');
    log.at(10 * SECOND).add('step.checked', { stepId: 'listen' }).add('step.checked', { stepId: 'apologize' });
    log.at(30 * SECOND).add('script.switched', { scriptId: 'irate' });
    const s = reduceCall(log.events);
    expect(s.script).toMatchObject({ id: 'irate', name: 'Irate caller', known: true });
    expect(steps(s)).toBe('self_control:- listen:x empathize:- restate:- no_blame:- resolve:-');
    expect(s.script.currentStepId).toBe('self_control');
    expect(s.scriptHistory.map((h) => h.scriptId)).toEqual(['last', 'irate']);
    // Switching back: LAST's Apologize was never unticked.
    log.at(40 * SECOND).add('script.switched', { scriptId: 'last' });
    expect(steps(reduceCall(log.events))).toBe('listen:x apologize:x resolve:- thank:-');
  });

  it('switching to the script already active changes nothing', () => {
    const log = started(callLog(), 'heard');
    log.at(3 * SECOND).add('script.switched', { scriptId: 'heard' });
    const s = reduceCall(log.events);
    expect(s.scriptHistory).toHaveLength(1);
    expect(s.phase).toBe('greeting');
  });

  it('records an unknown (custom) script without steps, and shows them with a catalog that has it', () => {
    const log = started(callLog(), 'support');
    log.at(3 * SECOND).add('step.checked', { stepId: 'greet' });
    const bare = reduceCall(log.events);
    expect(bare.script).toMatchObject({ id: 'support', known: false, name: null, steps: [], currentStepId: null });
    const support = {
      id: 'support',
      name: 'Support',
      description: '',
      steps: [
        { id: 'greet', title: 'Greet', prompt: 'Greet.', examples: ['Hi', 'Hello'], key: 1, wrapUp: false },
        { id: 'fix', title: 'Fix', prompt: 'Fix it.', examples: ['On it', 'Done'], key: 2, wrapUp: false },
      ],
    };
    const full = reduceCall(log.events, scriptCatalog([support]));
    expect(full.script).toMatchObject({ known: true, currentStepId: 'fix' });
  });
});

describe('phases and rules', () => {
  it('stays in the greeting while the rep only sets mood and method', () => {
    const log = started(callLog(), 'heard');
    log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'upset' }).add('script.switched', { scriptId: 'irate' });
    expect(reduceCall(log.events).phase).toBe('greeting');
    note(log.at(2 * SECOND), 'Billing question');
    expect(reduceCall(log.events)).toMatchObject({ phase: 'in_progress', progressedAt: log.last().at });
  });

  it('freezes the record at call.ended: later events are anomalies', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('call.ended');
    log.at(20 * SECOND).add('step.checked', { stepId: 'listen' });
    const s = reduceCall(log.events);
    expect(s.phase).toBe('ended');
    expect(s.checked).toEqual([]);
    expect(s.anomalies).toEqual([{ eventId: log.last().id, type: 'step.checked', at: log.last().at, reason: 'the call had already ended' }]);
  });

  it('ends an open hold when the call ends', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('hold.started', { withPermission: false });
    log.at(50 * SECOND).add('call.ended');
    const s = reduceCall(log.events);
    expect(s.hold.holds[0]).toMatchObject({ endedAt: log.last().at, endedBy: 'call.ended', withPermission: false, permissionAsked: false });
  });

  it('records hold events that make no sense as anomalies without changing the holds', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('hold.ended').add('hold.checkin_done');
    log.at(6 * SECOND).add('hold.started', { withPermission: true }).add('hold.started', { withPermission: true });
    log.at(7 * SECOND).add('hold.permission_asked');
    const s = reduceCall(log.events);
    expect(s.hold.holds).toHaveLength(1);
    expect(s.anomalies.map((a) => a.reason)).toEqual([
      'no hold in progress',
      'no hold in progress',
      'already on hold',
      'the caller is already on hold (a check-in asks to keep holding)',
    ]);
  });

  it('a transfer ends the hold, starts wrap-up and refuses live events after it', () => {
    const log = started(callLog(), 'heard');
    note(log.at(5 * SECOND), 'Wants a refund for the annual plan');
    log.at(10 * SECOND).add('hold.started', { withPermission: true });
    const handover = handoverSummary(reduceCall(log.events), 'Dana Reyes', 'HRD-7K4Q-M2X9');
    log.at(40 * SECOND).add('transfer', { to: 'Billing, Alex', handover });
    log.at(50 * SECOND).add('hold.started', { withPermission: true });
    const s = reduceCall(log.events);
    expect(s.phase).toBe('wrap_up');
    expect(s.transfer).toMatchObject({ to: 'Billing, Alex', at: log.events[0]!.at + 40 * SECOND });
    expect(s.hold.holds).toHaveLength(1);
    expect(s.hold.holds[0]?.endedBy).toBe('transfer');
    expect(s.anomalies.map((a) => a.reason)).toEqual(['the caller had already been transferred']);
  });

  it('an escalation keeps the call going', () => {
    const log = started(callLog(), 'heard');
    note(log.at(5 * SECOND), 'Outage in the north region');
    const handover = handoverSummary(reduceCall(log.events), 'Dana Reyes', null);
    log.at(20 * SECOND).add('escalation', { to: 'Network operations', reason: 'Outage affects many customers', handover });
    const s = reduceCall(log.events);
    expect(s.phase).toBe('in_progress');
    expect(s.escalations).toHaveLength(1);
  });

  it('tracks abuse warnings, supervisor offers, callbacks, and corrects commitments in place', () => {
    const log = started(callLog(), 'irate');
    log.at(5 * SECOND).add('abuse.warned').add('supervisor.offered');
    const commitmentId = CASE_ID.replace('ca5e', 'c0bb');
    log.at(6 * SECOND).add('commitment.made', { commitmentId, description: 'Call back', owner: 'Sam', dueAt: T0 + 60_000 });
    log.at(7 * SECOND).add('commitment.made', { commitmentId, description: 'Call back with refund status', owner: 'Sam', dueAt: T0 + 120_000 });
    note(log.at(8 * SECOND), 'first');
    const dupNote = log.last();
    log.at(9 * SECOND).add('note.added', { noteId: (dupNote as { noteId: string }).noteId, body: 'again' });
    const s = reduceCall(log.events);
    expect(s.abuseWarnings).toHaveLength(1);
    expect(s.supervisorOffers).toHaveLength(1);
    expect(s.commitments).toEqual([{ id: commitmentId, description: 'Call back with refund status', owner: 'Sam', dueAt: T0 + 120_000, madeAt: T0 + 6 * SECOND }]);
    expect(s.notes.map((n) => n.body)).toEqual(['first']);
    expect(s.anomalies.map((a) => a.reason)).toEqual(['this note was already added']);
  });
});
