import { describe, expect, it } from 'vitest';
import { Handover, handoverSummary, oneLine, reduceCall } from '../../../../core/call/index.js';
import { CASE_ID, SECOND, T0, callLog, note, started } from './builders.js';

describe('handoverSummary', () => {
  const log = started(callLog(), 'heard');
  log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
  note(log.at(10 * SECOND), 'Charged twice for the March invoice (INV-2291).\nCaller has the bank statement.');
  log.at(20 * SECOND).add('step.checked', { stepId: 'listen' }).add('step.checked', { stepId: 'empathize' }).add('step.checked', { stepId: 'apologize' });
  note(log.at(30 * SECOND), 'Checked billing: both charges settled.');
  note(log.at(40 * SECOND), 'Refund tool refuses: over the 30-day limit.');
  log.at(45 * SECOND).add('abuse.warned');
  log.at(50 * SECOND).add('commitment.made', { commitmentId: CASE_ID.replace('ca5e', 'c0cc'), description: 'Call back with refund confirmation', owner: 'Sam Rivera', dueAt: Date.UTC(2026, 10, 22, 17, 0) });
  const state = reduceCall(log.events);
  const h = handoverSummary(state, 'Dana Reyes', 'HRD-7K4Q-M2X9');

  it('gives who, the problem in one line, what was tried, mood and promises', () => {
    expect(h.who).toBe('Dana Reyes (+14155552671)');
    expect(h.caseNumber).toBe('HRD-7K4Q-M2X9');
    expect(h.problem).toBe('Charged twice for the March invoice (INV-2291).');
    expect(h.tried).toEqual(['Checked billing: both charges settled.', 'Refund tool refuses: over the 30-day limit.']);
    expect(h.stepsDone).toEqual(['Hear', 'Empathize', 'Apologize']);
    expect(h.mood).toEqual({ start: 'angry', end: null, abuseWarnings: 1 });
    expect(h.promises).toEqual([{ description: 'Call back with refund confirmation', owner: 'Sam Rivera', dueAt: Date.UTC(2026, 10, 22, 17, 0) }]);
    expect(Handover.parse(h)).toEqual(h);
  });

  it('reads as short text', () => {
    expect(h.text).toBe(
      [
        'Caller: Dana Reyes (+14155552671), case HRD-7K4Q-M2X9',
        'Problem: Charged twice for the March invoice (INV-2291).',
        'Tried: Checked billing: both charges settled.; Refund tool refuses: over the 30-day limit.',
        'Already done: Hear, Empathize, Apologize',
        'Mood: angry; warned once about abusive language',
        'Promised: Call back with refund confirmation (Sam Rivera, by 2026-11-22 17:00 UTC)',
      ].join('\n'),
    );
  });

  it('takes a time formatter for the rep\'s time zone', () => {
    expect(handoverSummary(state, 'Dana Reyes', null, { formatTime: () => '5 pm' }).text).toContain('(Sam Rivera, by 5 pm)');
  });

  it('says plainly when nothing is known yet', () => {
    const empty = handoverSummary(reduceCall(started(callLog(), 'heard').events), 'Unknown caller', null);
    expect(empty.text).toBe('Caller: Unknown caller (+14155552671), no case yet\nProblem: Not noted yet\nMood: not recorded\nPromised: nothing yet');
  });

  it('prefers the disposition summary as the problem, and shows a mood change', () => {
    const l = started(callLog(), 'heard');
    l.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
    note(l.at(2 * SECOND), 'long rambling first note');
    l.at(3 * SECOND).add('mood.set', { phase: 'end', mood: 'upset' });
    l.at(4 * SECOND).add('disposition.set', { disposition: 'escalated', rootCause: null, summary: 'Refund over limit needs supervisor approval' });
    const s = handoverSummary(reduceCall(l.events), 'Dana', null);
    expect(s.problem).toBe('Refund over limit needs supervisor approval');
    expect(s.tried).toEqual(['long rambling first note']);
    expect(s.text).toContain('Mood: angry at the start, upset now');
  });

  it('keeps lines short', () => {
    expect(oneLine('  \n  a   b \n c')).toBe('a b');
    const long = oneLine('x'.repeat(500));
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
    expect(T0).toBeGreaterThan(0);
  });
});
