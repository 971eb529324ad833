import { afterEach, describe, expect, it } from 'vitest';
import { CallSnapshot } from '../../../../core/api/schemas/call.js';
import { callView } from '../../../../core/call/view.js';
import { CASE_NUMBER_PATTERN, newId } from '../../../../core/model/ids.js';
import { rowCounts } from '../harness.js';
import { callHarness, T0, type CallHarness } from './callHarness.js';

let h: CallHarness;
afterEach(() => h?.close());

const HOUR = 3_600_000;

describe('a whole HEARD call through the commands', () => {
  it('starts, guides, holds, promises, closes and ends, with every projection written', async () => {
    h = callHarness();
    const customer = await h.customer();
    const callId = newId(T0);
    const snapshot = await h.ok('call.start', { callId, customerId: customer.id, caseId: null, newCaseSubject: 'Refund not received', phone: '(415) 555-2671' });
    expect(CallSnapshot.parse(snapshot)).toEqual(snapshot);
    const started = callView(snapshot);
    expect(started.case?.number).toMatch(CASE_NUMBER_PATTERN);
    expect(started.events).toEqual([expect.objectContaining({ type: 'call.started', repName: 'Dana Rep', phone: '+14155552671', scriptId: 'heard' })]);
    expect(started.state.phase).toBe('greeting');
    expect((await h.ok('call.active', {})).call?.callId).toBe(callId);

    const step = async (type: Parameters<CallHarness['record']>[1]) => {
      h.clock.advance(1_000);
      return h.record(callId, type);
    };
    await step({ type: 'mood.set', phase: 'start', mood: 'angry' });
    await step({ type: 'note.added', body: 'Refund of $212.40 for order #4471 not on her card after 12 days.' });
    await step({ type: 'step.checked', stepId: 'listen' });
    await step({ type: 'step.checked', stepId: 'empathize' });
    await step({ type: 'step.checked', stepId: 'apologize' });
    await step({ type: 'hold.permission_asked' });
    await step({ type: 'hold.permission_answered', granted: true });
    const onHold = await step({ type: 'hold.started' });
    expect(onHold.state.phase).toBe('on_hold');
    expect(onHold.events.at(-1)).toMatchObject({ type: 'hold.started', withPermission: true });
    expect(onHold.hold).toMatchObject({ onHold: true, prompt: 'none', checkinNumber: 1, checkinDueAt: onHold.hold.startedAt! + 30_000 });
    h.clock.advance(20_000);
    await step({ type: 'hold.checkin_done' });
    const back = await step({ type: 'hold.ended' });
    expect(back.hold.stats).toMatchObject({ count: 1, totalMs: 22_000, withoutPermission: 0, checkinsOnTime: 1 });
    await step({ type: 'step.checked', stepId: 'resolve' });
    const promised = await step({ type: 'commitment.made', description: 'Call back with the refund trace', dueAt: T0 + 4 * HOUR });
    const commitmentId = promised.events.at(-1)!.id;
    expect(promised.state.commitments).toEqual([expect.objectContaining({ id: commitmentId, owner: 'Dana Rep' })]);

    for (const item of ['anything_else', 'next_steps', 'case_number', 'commitments', 'thanked'] as const) await step({ type: 'closing.ticked', item });
    await step({ type: 'mood.set', phase: 'end', mood: 'calm' });
    const wrapped = await step({ type: 'disposition.set', disposition: 'resolved', rootCause: { category: 'billing', note: 'Refund stuck at the card processor' }, summary: 'Refund traced; callback promised.' });
    expect(wrapped.closingMissing).toEqual([]);
    expect(wrapped.wrapUpMissing).toEqual([]);
    await step({ type: 'step.checked', stepId: 'diagnose' });
    const ended = await step({ type: 'call.ended' });
    expect(ended.state.phase).toBe('ended');
    expect(ended.state.anomalies).toEqual([]);

    // The log is in the order it was recorded, strictly increasing in time.
    const ats = ended.events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    expect(new Set(ats).size).toBe(ats.length);

    const db = h.backend.context.db;
    expect(db.prepare('SELECT count(*) FROM call_events WHERE call_id = ?').pluck().get(callId)).toBe(ended.events.length);
    expect(db.prepare('SELECT mood_start, mood_end, disposition, summary, ended_at, script_id FROM calls WHERE id = ?').get(callId)).toEqual({
      mood_start: 'angry',
      mood_end: 'calm',
      disposition: 'resolved',
      summary: 'Refund traced; callback promised.',
      ended_at: ended.state.endedAt,
      script_id: 'heard',
    });
    expect(db.prepare('SELECT updated_at FROM cases WHERE id = ?').pluck().get(started.case!.id)).toBe(ended.state.endedAt);

    const history = await h.ok('customers.history', { customerId: customer.id });
    expect(history.recentCalls[0]).toMatchObject({ id: callId, moodStart: 'angry', moodEnd: 'calm', disposition: 'resolved', notes: [expect.objectContaining({ author: 'Dana Rep' })] });
    expect(history.commitments).toEqual([expect.objectContaining({ id: commitmentId, dueAt: T0 + 4 * HOUR, status: 'open' })]);
    expect((await h.ok('commitments.get', { commitmentId })).changes).toEqual([expect.objectContaining({ action: 'made', by: 'Dana Rep', dueAt: T0 + 4 * HOUR })]);
    expect((await h.ok('call.active', {})).call).toBeNull();
    expect(h.events.filter((e) => e.name === 'call.changed').length).toBe(ended.events.length);
  });

  it('records a hold started without asking as such, and refuses what does not fit the call', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    const held = await h.record(callId, { type: 'hold.started' });
    expect(held.events.at(-1)).toMatchObject({ withPermission: false });
    expect(held.hold.stats.withoutPermission).toBe(1);
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'hold.started' } })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already on hold/) });
    await h.record(callId, { type: 'hold.ended' });
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'hold.ended' } })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no hold in progress/) });
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'script.switched', scriptId: 'nonesuch' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'step.checked', stepId: 'thank' } })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/not a step of HEARD/) });
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'commitment.made', description: 'Call back', dueAt: T0 - 24 * HOUR } })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.fails('call.record', { callId: newId(), event: { id: newId(), type: 'abuse.warned' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to start a call for an unknown customer or case, another customer\'s case, or an unknown script, writing nothing', async () => {
    h = callHarness();
    const ann = await h.customer('Ann Lee', '(212) 555-0143');
    const bob = await h.customer('Bob Stone', '(212) 555-0144');
    const bobsCall = await h.ok('call.start', { customerId: bob.id, caseId: null, newCaseSubject: 'Router', phone: '(212) 555-0144' });
    const before = rowCounts(h.backend);
    const base = { customerId: ann.id, caseId: null, phone: '(212) 555-0143' };
    expect(await h.fails('call.start', { ...base, customerId: newId() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.fails('call.start', { ...base, caseId: newId() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.fails('call.start', { ...base, caseId: bobsCall.case!.id })).toMatchObject({ code: 'CONFLICT' });
    expect(await h.fails('call.start', { ...base, scriptId: 'nonesuch' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.fails('call.start', { ...base, phone: '12' })).toMatchObject({ code: 'INVALID_PHONE' });
    expect(await h.fails('call.start', { ...base, caseId: bobsCall.case!.id, newCaseSubject: 'Both' })).toMatchObject({ code: 'BAD_INPUT' });
    expect(rowCounts(h.backend)).toEqual(before);
    // An existing case of this customer, and a withheld number, are fine.
    const onCase = callView(await h.ok('call.start', { customerId: bob.id, caseId: bobsCall.case!.id, phone: '', scriptId: 'last' }));
    expect(onCase.case?.id).toBe(bobsCall.case!.id);
    expect(onCase.state.script.name).toBe('LAST');
  });
});

describe('retries are idempotent', () => {
  it('answers a retried start or event the same and writes nothing more; refuses the same id with other content', async () => {
    h = callHarness();
    const customer = await h.customer();
    const input = { callId: newId(T0), customerId: customer.id, caseId: null, newCaseSubject: 'Refund', phone: '(415) 555-2671' };
    const first = await h.ok('call.start', input);
    const counts = rowCounts(h.backend);
    const again = await h.ok('call.start', input);
    expect(again.callId).toBe(first.callId);
    expect(again.case?.id).toBe(first.case?.id);
    expect(rowCounts(h.backend)).toEqual(counts);
    const other = await h.customer('Other Person', '(415) 555-0000');
    expect(await h.fails('call.start', { ...input, customerId: other.id })).toMatchObject({ code: 'CONFLICT' });

    const note = { id: newId(), type: 'note.added' as const, body: 'She has the cancellation email.' };
    const promise = { id: newId(), type: 'commitment.made' as const, description: 'Call back', dueAt: T0 + HOUR };
    const a = await h.ok('call.record', { callId: first.callId, event: note });
    const b = await h.ok('call.record', { callId: first.callId, event: promise });
    const afterWrites = rowCounts(h.backend);
    h.clock.advance(5_000);
    expect((await h.ok('call.record', { callId: first.callId, event: note })).events).toEqual(b.events);
    expect((await h.ok('call.record', { callId: first.callId, event: { ...promise, owner: 'Dana Rep' } })).events).toEqual(b.events);
    expect(rowCounts(h.backend)).toEqual(afterWrites);
    expect(a.events.at(-1)).toMatchObject({ noteId: note.id });
    expect(await h.fails('call.record', { callId: first.callId, event: { ...note, body: 'Something else' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await h.fails('call.record', { callId: first.callId, event: { ...promise, owner: 'Priya Shah' } })).toMatchObject({ code: 'CONFLICT' });
    expect(rowCounts(h.backend)).toEqual(afterWrites);
  });

  it('refuses an event id already used by a record of another call', async () => {
    h = callHarness();
    const one = await h.startCall();
    const two = await h.ok('call.start', { customerId: one.customer.id, caseId: null, phone: '(415) 555-2671' });
    const noteId = newId();
    await h.ok('call.record', { callId: one.callId, event: { id: noteId, type: 'note.added', body: 'First' } });
    const before = rowCounts(h.backend);
    expect(await h.fails('call.record', { callId: two.callId, event: { id: noteId, type: 'note.added', body: 'First' } })).toMatchObject({ code: 'CONFLICT' });
    expect(rowCounts(h.backend)).toEqual(before);
  });
});

describe('closing and the finalized record', () => {
  it('refuses the outcome and the end while closing items are missing, naming them, until an override covers them', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    await h.record(callId, { type: 'closing.ticked', item: 'anything_else' });
    const before = rowCounts(h.backend);
    const refused = await h.fails('call.record', { callId, event: { id: newId(), type: 'disposition.set', disposition: 'pending', rootCause: null, summary: '' } });
    expect(refused.code).toBe('INCOMPLETE');
    expect(refused.message).toContain('Gave the case number');
    expect(refused.message).toContain('Still unhappy: asked what would make it right');
    expect(refused.message).not.toContain('anything else');
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'call.ended' } })).toMatchObject({ code: 'INCOMPLETE' });
    expect(rowCounts(h.backend)).toEqual(before);

    const missing = (await h.view(callId)).closingMissing;
    await h.record(callId, { type: 'closing.override', missing: missing.slice(1), reason: 'Caller hung up' });
    expect(await h.fails('call.record', { callId, event: { id: newId(), type: 'call.ended' } })).toMatchObject({ code: 'INCOMPLETE', message: expect.stringContaining('Still unhappy') });
    await h.record(callId, { type: 'closing.override', missing, reason: 'Caller hung up' });
    await h.record(callId, { type: 'disposition.set', disposition: 'pending', rootCause: null, summary: '' });
    const ended = await h.record(callId, { type: 'call.ended' });
    expect(ended.state.closing.override?.reason).toBe('Caller hung up');
  });

  it('freezes an ended call: nothing more is written, a retried end answers the same', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    await h.record(callId, { type: 'closing.override', missing: ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'], reason: 'Wrong number' });
    const endId = newId();
    const ended = callView(await h.ok('call.record', { callId, event: { id: endId, type: 'call.ended' } }));
    const before = rowCounts(h.backend);
    for (const event of [{ type: 'note.added', body: 'late note' }, { type: 'mood.set', phase: 'end', mood: 'calm' }, { type: 'call.ended' }] as const) {
      expect(await h.fails('call.record', { callId, event: { id: newId(), ...event } })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/ended/) });
    }
    expect((await h.ok('call.record', { callId, event: { id: endId, type: 'call.ended' } })).events).toEqual(ended.events);
    expect(rowCounts(h.backend)).toEqual(before);
  });
});
