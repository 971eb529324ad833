import { describe, expect, it } from 'vitest';
import { autoAnswers } from '../../../../core/qa/checks/registry.js';
import { SECOND, callLog, started } from '../call/builders.js';
import { findEvent, goodHeardCall } from './qaLogs.js';

const ev = (e: { id: string; at: number }) => ({ eventId: e.id, at: e.at });
const tick = (events: ReturnType<typeof callLog>['events'], stepId: string) => {
  const e = events.find((x) => x.type === 'step.checked' && x.stepId === stepId);
  if (!e) throw new Error(`no tick of ${stepId}`);
  return e;
};

describe('empathy and apology done before resolve', () => {
  it('yes on the good call, citing the step and the Resolve tick', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events);
    expect(a.empathy_before_resolve).toEqual({
      answer: 'yes',
      summary: 'Empathize ticked before Resolve',
      evidence: [
        { ...ev(tick(events, 'empathize')), why: 'Empathize ticked' },
        { ...ev(tick(events, 'resolve')), why: 'Resolve ticked' },
      ],
    });
    expect(a.apology_before_resolve.answer).toBe('yes');
  });

  it('no when the step comes after Resolve', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('step.checked', { stepId: 'resolve' });
    log.at(20 * SECOND).add('step.checked', { stepId: 'empathize' });
    const a = autoAnswers(log.events).empathy_before_resolve;
    expect(a).toMatchObject({ answer: 'no', summary: 'Empathize ticked only after Resolve' });
    expect(a.evidence.map((e) => e.eventId)).toEqual([tick(log.events, 'resolve').id, tick(log.events, 'empathize').id]);
  });

  it('no when the script offered the step and it was never ticked (or ticked, then unticked)', () => {
    const log = started(callLog(), 'heard');
    log.at(5 * SECOND).add('step.checked', { stepId: 'apologize' });
    log.at(6 * SECOND).add('step.unchecked', { stepId: 'apologize' });
    log.at(10 * SECOND).add('step.checked', { stepId: 'resolve' });
    const a = autoAnswers(log.events);
    expect(a.empathy_before_resolve).toEqual({ answer: 'no', summary: 'Empathize was never ticked', evidence: [{ ...ev(tick(log.events, 'resolve')), why: 'Resolve ticked' }] });
    expect(a.apology_before_resolve.answer).toBe('no');
  });

  it('not enough evidence when the script used has no such step (LAST has no Empathize)', () => {
    const log = started(callLog(), 'last');
    log.at(10 * SECOND).add('step.checked', { stepId: 'apologize' }).at(20 * SECOND).add('step.checked', { stepId: 'resolve' });
    const a = autoAnswers(log.events);
    expect(a.empathy_before_resolve).toMatchObject({ answer: 'unknown', reason: 'not enough evidence', summary: 'The script used (LAST) has no Empathize step' });
    expect(a.apology_before_resolve.answer).toBe('yes');
  });

  it('counts a step from any script used on the call (a switch from LAST to HEARD offers Empathize)', () => {
    const log = started(callLog(), 'last');
    log.at(5 * SECOND).add('script.switched', { scriptId: 'heard' });
    log.at(10 * SECOND).add('step.checked', { stepId: 'resolve' });
    expect(autoAnswers(log.events).empathy_before_resolve.answer).toBe('no');
  });
});

describe('problem_restated', () => {
  it('yes when the irate sequence\'s restate step is ticked; no when offered and skipped', () => {
    const log = started(callLog(), 'irate');
    log.at(30 * SECOND).add('step.checked', { stepId: 'restate' });
    expect(autoAnswers(log.events).problem_restated).toEqual({ answer: 'yes', summary: 'Restated the problem (step ticked)', evidence: [{ ...ev(tick(log.events, 'restate')), why: 'Identify and restate ticked' }] });
    const skipped = started(callLog(), 'irate');
    skipped.at(30 * SECOND).add('step.checked', { stepId: 'resolve' });
    expect(autoAnswers(skipped.events).problem_restated.answer).toBe('no');
  });

  it('not enough evidence on a script without a restate step', () => {
    expect(autoAnswers(goodHeardCall().events).problem_restated).toMatchObject({ answer: 'unknown', reason: 'not enough evidence', summary: 'The script used (HEARD) has no restate step' });
  });
});

describe('greeting and tone: the log cannot tell', () => {
  it('says not enough evidence, pointing the greeting at the start of the call', () => {
    const events = goodHeardCall().events;
    const a = autoAnswers(events);
    expect(a.greeting).toEqual({
      answer: 'unknown',
      reason: 'not enough evidence',
      summary: 'The log does not record the greeting',
      evidence: [{ ...ev(findEvent(events, 'call.started')), why: 'The call starts: listen for company, name and an offer to help' }],
    });
    expect(a.tone).toEqual({ answer: 'unknown', reason: 'not enough evidence', summary: 'The log does not record tone or wording', evidence: [] });
  });
});
