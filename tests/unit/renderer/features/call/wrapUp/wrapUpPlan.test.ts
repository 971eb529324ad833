import { describe, expect, it } from 'vitest';
import { planWrapUp, type WrapUpForm } from '../../../../../../renderer/features/call/wrapUp/wrapUpPlan.js';
import { startedLog, T0, viewOf } from '../../../callViews.js';

const FULL: WrapUpForm = { disposition: 'resolved', category: 'billing', rootNote: 'Refund stuck', moodEnd: 'calm', summary: 'Refund chased', override: '' };

function closedLog() {
  const log = startedLog().at(1000).add('mood.set', { phase: 'start', mood: 'upset' });
  for (const item of ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] as const) log.add('closing.ticked', { item });
  return log;
}

describe('the wrap-up plan', () => {
  it('writes the end mood, Diagnose, the disposition and call.ended, in that order', () => {
    const plan = planWrapUp(viewOf(closedLog().events, T0 + 5000), FULL);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.events.map((e) => e.type)).toEqual(['mood.set', 'step.checked', 'disposition.set', 'call.ended']);
    expect(plan.events[1]).toEqual({ type: 'step.checked', stepId: 'diagnose' });
    expect(plan.events[2]).toEqual({
      type: 'disposition.set',
      disposition: 'resolved',
      rootCause: { category: 'billing', note: 'Refund stuck' },
      summary: 'Refund chased',
    });
  });

  it('needs an override reason while closing items are missing, then logs the override first after the mood', () => {
    const log = startedLog().at(1000).add('closing.ticked', { item: 'anything_else' });
    const view = viewOf(log.events, T0 + 5000);
    const refused = planWrapUp(view, { ...FULL, moodEnd: 'upset' });
    expect(refused).toMatchObject({ ok: false, unresolved: ['make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] });
    const plan = planWrapUp(view, { ...FULL, moodEnd: 'upset', override: 'Caller hung up' });
    expect(plan.ok && plan.events.slice(0, 2)).toEqual([
      { type: 'mood.set', phase: 'end', mood: 'upset' },
      { type: 'closing.override', missing: ['make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'], reason: 'Caller hung up' },
    ]);
  });

  it('does not ask "what would make it right" of a caller calm at the end', () => {
    const log = startedLog().at(1000);
    for (const item of ['anything_else', 'next_steps', 'case_number', 'commitments', 'thanked'] as const) log.add('closing.ticked', { item });
    const view = viewOf(log.events, T0 + 5000);
    expect(view.closingMissing).toEqual(['make_it_right']);
    expect(planWrapUp(view, FULL)).toMatchObject({ ok: true, unresolved: [] });
    expect(planWrapUp(view, { ...FULL, moodEnd: 'angry' })).toMatchObject({ ok: false, unresolved: ['make_it_right'] });
  });

  it('names the first thing missing', () => {
    const view = viewOf(closedLog().events, T0);
    expect(planWrapUp(view, { ...FULL, disposition: '' })).toMatchObject({ ok: false, problem: expect.stringMatching(/how the call ended/) });
    expect(planWrapUp(view, { ...FULL, category: '' })).toMatchObject({ ok: false, problem: expect.stringMatching(/root cause/) });
    expect(planWrapUp(view, { ...FULL, moodEnd: '' })).toMatchObject({ ok: false, problem: expect.stringMatching(/mood/) });
    expect(planWrapUp(view, { ...FULL, summary: '  ' })).toMatchObject({ ok: false, problem: expect.stringMatching(/summary/) });
  });
});
