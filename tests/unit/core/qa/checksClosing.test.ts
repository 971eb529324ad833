import { describe, expect, it } from 'vitest';
import type { Handover } from '../../../../core/call/index.js';
import { autoAnswers } from '../../../../core/qa/checks/registry.js';
import { SECOND, callLog, note, started } from '../call/builders.js';
import { commitment, findEvent, goodHeardCall } from './qaLogs.js';

const ev = (e: { id: string; at: number }) => ({ eventId: e.id, at: e.at });
const HANDOVER: Handover = { text: 't', who: 'w', caseNumber: null, problem: 'p', tried: [], stepsDone: [], mood: { start: null, end: null, abuseWarnings: 0 }, promises: [] };
const CLOSING_CHECKS = ['anything_else', 'recap', 'case_number', 'thanked'] as const;

/** A call that reached a resolution; the closing is up to each test. */
function resolvedCall(caseId?: string | null) {
  const log = caseId === undefined ? started(callLog()) : started(callLog(), 'heard', caseId);
  log.at(10 * SECOND).add('step.checked', { stepId: 'resolve' });
  return log;
}

describe('closing items: anything else, recap, case number, thanks', () => {
  it('yes on the good call, citing each tick', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events);
    const ticks = events.filter((e) => e.type === 'closing.ticked');
    expect(a.anything_else).toEqual({ answer: 'yes', summary: 'Asked "anything else?" (ticked at 2:10)', evidence: [{ ...ev(ticks.find((e) => e.type === 'closing.ticked' && e.item === 'anything_else')!), why: 'Asked "anything else?": ticked' }] });
    for (const id of CLOSING_CHECKS) expect(a[id].answer).toBe('yes');
    expect(a.recap.evidence[0]?.eventId).toBe(ticks.find((e) => e.type === 'closing.ticked' && e.item === 'next_steps')?.id);
  });

  it('no when never ticked, pointing at the end of the call; an untick takes it back', () => {
    const log = resolvedCall();
    log.at(20 * SECOND).add('closing.ticked', { item: 'anything_else' }).at(21 * SECOND).add('closing.unticked', { item: 'anything_else' });
    log.at(30 * SECOND).add('call.ended');
    const a = autoAnswers(log.events);
    for (const id of CLOSING_CHECKS) expect(a[id].answer).toBe('no');
    expect(a.anything_else).toEqual({ answer: 'no', summary: 'Asked "anything else?": never ticked', evidence: [{ ...ev(findEvent(log.events, 'call.ended')), why: 'The call ended without it' }] });
  });

  it("LAST's Thank step counts as thanking the caller", () => {
    const log = started(callLog(), 'last');
    log.at(20 * SECOND).add('step.checked', { stepId: 'thank' });
    const a = autoAnswers(log.events).thanked;
    expect(a).toMatchObject({ answer: 'yes', summary: 'Thanked the caller (script step thank ticked)' });
    expect(a.evidence[0]?.eventId).toBe(findEvent(log.events, 'step.checked').id);
  });

  it('an override is a no with its reason; a case number on a call with no case is N/A', () => {
    const withCase = resolvedCall();
    withCase.at(20 * SECOND).add('closing.override', { missing: ['case_number', 'next_steps'], reason: 'The caller hung up' });
    const a = autoAnswers(withCase.events);
    expect(a.case_number).toEqual({ answer: 'no', summary: 'Skipped by override: The caller hung up', evidence: [{ ...ev(findEvent(withCase.events, 'closing.override')), why: 'Closed without "Gave the case number": The caller hung up' }] });
    expect(a.recap.answer).toBe('no');
    const noCase = resolvedCall(null);
    noCase.at(20 * SECOND).add('closing.override', { missing: ['case_number'], reason: 'Quick question, no case' });
    expect(autoAnswers(noCase.events).case_number).toMatchObject({ answer: 'na', summary: 'No case on this call (Quick question, no case)' });
  });

  it('N/A after a transfer: the closing belonged to the next rep', () => {
    const log = resolvedCall();
    log.at(20 * SECOND).add('transfer', { to: 'Billing', handover: HANDOVER });
    const a = autoAnswers(log.events);
    for (const id of CLOSING_CHECKS) expect(a[id].answer).toBe('na');
    expect(a.recap.evidence).toEqual([{ ...ev(findEvent(log.events, 'transfer')), why: 'Transferred to Billing; the closing was theirs' }]);
  });
});

describe('promises_dated: every promise dated', () => {
  it('yes on the good call, citing the commitment and its due time', () => {
    const events = goodHeardCall().events;
    expect(autoAnswers(events).promises_dated).toEqual({ answer: 'yes', summary: 'The promise has a due time', evidence: [{ ...ev(findEvent(events, 'commitment.made')), why: 'Promise "Call back with the tracking number" due 1 h later' }] });
  });

  it('no for a due time that is not after the promise', () => {
    const log = resolvedCall();
    commitment(log, 'Ring back', 0, 20);
    commitment(log, 'Email the label', 90 * 60_000, 21);
    const a = autoAnswers(log.events).promises_dated;
    expect(a).toMatchObject({ answer: 'no', summary: '1 promise without a due time after the promise' });
    expect(a.evidence.map((e) => e.why)).toEqual(['Promise "Ring back" has a due time that is not after it was made', 'Promise "Email the label" due 1 h 30 min later']);
  });

  it('no for a callback offered and never recorded as a commitment', () => {
    const log = resolvedCall();
    log.at(15 * SECOND).add('hold.started', { withPermission: true }).at(140 * SECOND).add('hold.callback_offered').at(150 * SECOND).add('hold.ended');
    const a = autoAnswers(log.events).promises_dated;
    expect(a).toEqual({ answer: 'no', summary: 'A callback was offered but never recorded as a commitment', evidence: [{ ...ev(findEvent(log.events, 'hold.callback_offered')), why: 'Offered a callback; no commitment with a due time was recorded after it' }] });
    commitment(log, 'Call back by 4 pm', 3_600_000, 160);
    expect(autoAnswers(log.events).promises_dated.answer).toBe('yes');
  });

  it('N/A with no promise on a resolved call; not enough evidence on a case left pending without one', () => {
    const resolved = resolvedCall();
    resolved.at(30 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: null, summary: 'Done' });
    expect(autoAnswers(resolved.events).promises_dated).toEqual({ answer: 'na', summary: 'No promise was made on this call', evidence: [] });
    const pending = resolvedCall();
    pending.at(30 * SECOND).add('disposition.set', { disposition: 'pending', rootCause: null, summary: 'Waiting on the warehouse' });
    expect(autoAnswers(pending.events).promises_dated).toEqual({
      answer: 'unknown',
      reason: 'not enough evidence',
      summary: 'The case was left pending and no promise was recorded: listen for an undated one',
      evidence: [{ ...ev(findEvent(pending.events, 'disposition.set')), why: 'Disposition pending' }],
    });
  });
});

describe('notes, wrap-up and the abusive-caller procedure', () => {
  it('notes_taken: yes citing each note, no without one', () => {
    const events = goodHeardCall().events;
    expect(autoAnswers(events).notes_taken).toEqual({ answer: 'yes', summary: '1 note taken', evidence: [{ ...ev(findEvent(events, 'note.added')), why: 'Note: Order 5512 arrived with a cracked screen.' }] });
    expect(autoAnswers(resolvedCall().events).notes_taken).toEqual({ answer: 'no', summary: 'No note was taken on this call', evidence: [] });
    const long = resolvedCall();
    note(long.at(20 * SECOND), 'x'.repeat(200));
    expect(autoAnswers(long.events).notes_taken.evidence[0]?.why).toHaveLength('Note: '.length + 80);
  });

  it('wrap_up_root_cause: yes citing the disposition and Diagnose; no without a root cause or a disposition', () => {
    const events = goodHeardCall().events;
    expect(autoAnswers(events).wrap_up_root_cause).toEqual({
      answer: 'yes',
      summary: 'Disposition and root cause recorded',
      evidence: [
        { ...ev(findEvent(events, 'disposition.set')), why: 'Disposition pending, root cause delivery' },
        { ...ev(events.find((e) => e.type === 'step.checked' && e.stepId === 'diagnose')!), why: 'Diagnose ticked' },
      ],
    });
    const noCause = resolvedCall();
    noCause.at(30 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: null, summary: 'Done' });
    expect(autoAnswers(noCause.events).wrap_up_root_cause).toEqual({ answer: 'no', summary: 'Disposition recorded without a root cause', evidence: [{ ...ev(findEvent(noCause.events, 'disposition.set')), why: 'Disposition resolved, no root cause' }] });
    expect(autoAnswers(resolvedCall().events).wrap_up_root_cause).toEqual({ answer: 'no', summary: 'No disposition was recorded', evidence: [] });
  });

  it('abuse_procedure: N/A unless the caller was abusive; yes with a warning and a supervisor offered; no otherwise', () => {
    expect(autoAnswers(goodHeardCall().events).abuse_procedure.answer).toBe('na');
    const log = resolvedCall();
    log.at(20 * SECOND).add('mood.set', { phase: 'start', mood: 'abusive' });
    log.at(25 * SECOND).add('abuse.warned');
    const half = autoAnswers(log.events).abuse_procedure;
    expect(half).toMatchObject({ answer: 'no', summary: 'Abusive caller: no supervisor offered' });
    expect(half.evidence.map((e) => e.eventId)).toEqual([findEvent(log.events, 'mood.set').id, findEvent(log.events, 'abuse.warned').id]);
    log.at(30 * SECOND).add('supervisor.offered');
    expect(autoAnswers(log.events).abuse_procedure).toMatchObject({ answer: 'yes', summary: 'Warned the caller and offered a supervisor' });
    const silent = resolvedCall();
    silent.at(20 * SECOND).add('mood.set', { phase: 'end', mood: 'abusive' });
    expect(autoAnswers(silent.events).abuse_procedure.summary).toBe('Abusive caller: no warning, no supervisor offered');
  });
});
