import { afterEach, describe, expect, it } from 'vitest';
import { CustomerHistory } from '../../../../core/model/history.js';
import { callHarness, type CallHarness } from './callHarness.js';

let h: CallHarness;
afterEach(() => h?.close());

describe('hand-over on transfer and escalation', () => {
  it('writes the story into the event and shows it to the next rep at screen pop', async () => {
    h = callHarness();
    const call = await h.startCall();
    const { callId } = call;
    await h.record(callId, { type: 'mood.set', phase: 'start', mood: 'angry' });
    h.clock.advance(1_000);
    await h.record(callId, { type: 'note.added', body: 'Refund of $212.40 for order #4471 not on her card.' });
    h.clock.advance(1_000);
    await h.record(callId, { type: 'note.added', body: 'Checked the refund queue: stuck at the processor.' });
    h.clock.advance(1_000);
    await h.record(callId, { type: 'step.checked', stepId: 'apologize' });
    h.clock.advance(1_000);
    const escalated = await h.record(callId, { type: 'escalation', to: 'Priya Shah (billing supervisor)', reason: 'Refund stuck for 12 days' });
    h.clock.advance(1_000);
    const transferred = await h.record(callId, { type: 'transfer', to: 'Billing team' });

    const transfer = transferred.events.at(-1)!;
    expect(transfer.type).toBe('transfer');
    if (transfer.type !== 'transfer') throw new Error('unreachable');
    expect(transfer.handover).toMatchObject({
      who: 'Maria Gonzalez (+14155552671)',
      caseNumber: call.case!.number,
      problem: 'Refund of $212.40 for order #4471 not on her card.',
      tried: ['Checked the refund queue: stuck at the processor.'],
      stepsDone: ['Apologize'],
      mood: { start: 'angry', end: null, abuseWarnings: 0 },
    });
    expect(transfer.handover.text).toContain(`case ${call.case!.number}`);
    expect(transferred.state.phase).toBe('wrap_up');
    // The caller has gone: a hold is no longer possible.
    expect(await h.fails('call.record', { callId, event: { id: crypto.randomUUID(), type: 'hold.permission_asked' } })).toMatchObject({ code: 'CONFLICT' });

    const pop = await h.ok('screenPop.lookup', { number: '415-555-2671' });
    const history = pop.history!;
    expect(CustomerHistory.parse(history)).toEqual(history);
    expect(history.handovers.map((x) => [x.kind, x.to, x.from, x.reason])).toEqual([
      ['transfer', 'Billing team', 'Dana Rep', null],
      ['escalation', 'Priya Shah (billing supervisor)', 'Dana Rep', 'Refund stuck for 12 days'],
    ]);
    expect(history.handovers[0]).toMatchObject({ callId, caseId: call.case!.id, caseNumber: call.case!.number, at: transfer.at, handover: transfer.handover });
    expect(escalated.events.at(-1)).toMatchObject({ type: 'escalation' });
    expect((await h.ok('customers.history', { customerId: call.customer.id })).handovers).toHaveLength(2);
  });

  it('uses an escalation\'s own reason as the problem when nothing was noted yet', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    const view = await h.record(callId, { type: 'escalation', to: 'Supervisor', reason: 'Caller asks for a manager' });
    const event = view.events.at(-1)!;
    expect(event.type === 'escalation' && event.handover.problem).toBe('Caller asks for a manager');
  });
});
