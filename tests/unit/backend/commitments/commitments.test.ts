import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../../core/api/index.js';
import { newId } from '../../../../core/model/ids.js';
import { saveCommitment } from '../../db/save.js';
import { rowCounts } from '../harness.js';
import { callHarness, T0, type CallHarness } from '../calls/callHarness.js';

let h: CallHarness;
afterEach(() => h?.close());

const MIN = 60_000;
const HOUR = 60 * MIN;

async function promise(harness: CallHarness, dueAt: number, description = 'Call back with the refund trace') {
  const call = await harness.startCall();
  const view = await harness.record(call.callId, { type: 'commitment.made', description, dueAt });
  return { callId: call.callId, customer: call.customer, commitmentId: view.events.at(-1)!.id };
}

const dueEvents = (harness: CallHarness) =>
  harness.events.filter((e) => e.name === 'commitment.due').map((e) => (e.payload as EventPayload<'commitment.due'>).commitment);

describe('a promise\'s life', () => {
  it('is listed while open, keeps every reschedule with its reason, and ends done (terminal, idempotent)', async () => {
    h = callHarness();
    const { commitmentId, customer } = await promise(h, T0 + 2 * HOUR);
    const listed = await h.ok('commitments.due', {});
    expect(listed.commitments).toEqual([expect.objectContaining({ id: commitmentId, customerName: customer.name, dueAt: T0 + 2 * HOUR, status: 'open', overdue: false })]);

    h.clock.advance(10 * MIN);
    const moved = await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 5 * HOUR, reason: 'Finance answers after 4 pm' });
    expect(moved.commitment.dueAt).toBe(T0 + 5 * HOUR);
    expect(moved.changes).toEqual([
      { at: expect.any(Number), action: 'made', dueAt: T0 + 2 * HOUR, by: 'Dana Rep', reason: null },
      { at: T0 + 10 * MIN, action: 'rescheduled', dueAt: T0 + 5 * HOUR, by: 'Dana Rep', reason: 'Finance answers after 4 pm' },
    ]);
    const db = h.backend.context.db;
    expect(db.prepare('SELECT previous_due_at FROM commitment_changes WHERE action = ?').pluck().get('rescheduled')).toBe(T0 + 2 * HOUR);
    const counts = rowCounts(h.backend);
    expect((await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 5 * HOUR })).changes).toHaveLength(2);
    expect(rowCounts(h.backend)).toEqual(counts);
    expect(await h.fails('commitments.reschedule', { commitmentId, dueAt: T0 - 2 * HOUR })).toMatchObject({ code: 'BAD_INPUT' });

    h.clock.advance(6 * HOUR);
    expect((await h.ok('commitments.due', {})).commitments[0]).toMatchObject({ id: commitmentId, overdue: true });
    const done = await h.ok('commitments.complete', { commitmentId });
    expect(done.commitment).toMatchObject({ status: 'done', overdue: false });
    expect(done.changes.map((c) => c.action)).toEqual(['made', 'rescheduled', 'done']);
    const afterDone = rowCounts(h.backend);
    expect(await h.ok('commitments.complete', { commitmentId })).toEqual(done);
    expect(rowCounts(h.backend)).toEqual(afterDone);
    expect(await h.fails('commitments.reschedule', { commitmentId, dueAt: T0 + 30 * HOUR })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/kept/) });
    expect((await h.ok('commitments.due', { until: T0 + 100 * HOUR })).commitments).toEqual([]);
    expect((await h.ok('customers.history', { customerId: done.commitment.customerId })).commitments).toEqual([]);
  });

  it('refuses to keep or move a cancelled promise, and answers NOT_FOUND for an unknown one', async () => {
    h = callHarness();
    const customer = await h.customer();
    const id = newId();
    saveCommitment(h.backend.context.db, {
      id,
      customerId: customer.id,
      caseId: null,
      callId: null,
      description: 'Send the form',
      owner: 'Ana Ruiz',
      dueAt: T0 - HOUR,
      status: 'cancelled',
      createdAt: T0 - 3 * HOUR,
      doneAt: T0 - 2 * HOUR,
    });
    const before = rowCounts(h.backend);
    expect(await h.fails('commitments.complete', { commitmentId: id })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/cancelled/) });
    expect(await h.fails('commitments.reschedule', { commitmentId: id, dueAt: T0 + HOUR })).toMatchObject({ code: 'CONFLICT' });
    expect(await h.fails('commitments.get', { commitmentId: newId() })).toMatchObject({ code: 'NOT_FOUND' });
    expect(rowCounts(h.backend)).toEqual(before);
    // Written without a history (a sample store): its making and its end are read from the row.
    expect((await h.ok('commitments.get', { commitmentId: id })).changes).toEqual([
      { at: T0 - 3 * HOUR, action: 'made', dueAt: T0 - HOUR, by: 'Ana Ruiz', reason: null },
      { at: T0 - 2 * HOUR, action: 'cancelled', dueAt: T0 - HOUR, by: 'Ana Ruiz', reason: null },
    ]);
  });

  it('lists open promises due by `until`, overdue first, across customers', async () => {
    h = callHarness();
    const late = await promise(h, T0 + 2 * MIN);
    h.clock.advance(10 * MIN);
    const soon = await promise(h, T0 + 3 * HOUR);
    await promise(h, T0 + 48 * HOUR);
    const list = (await h.ok('commitments.due', {})).commitments;
    expect(list.map((c) => [c.id, c.overdue])).toEqual([
      [late.commitmentId, true],
      [soon.commitmentId, false],
    ]);
    expect((await h.ok('commitments.due', { until: T0 + 72 * HOUR })).commitments).toHaveLength(3);
  });
});

describe('commitment.due', () => {
  it('fires when a promise falls due (at its current due time), once, across a restart', async () => {
    h = callHarness();
    const { commitmentId, customer } = await promise(h, T0 + 2 * HOUR);
    await h.ok('commitments.reschedule', { commitmentId, dueAt: T0 + 3 * HOUR });
    h.clock.advance(2 * HOUR);
    expect(dueEvents(h)).toEqual([]);
    h.clock.advance(HOUR - 1);
    expect(dueEvents(h)).toEqual([]);
    h.clock.advance(1);
    expect(dueEvents(h)).toEqual([expect.objectContaining({ id: commitmentId, customerName: customer.name, dueAt: T0 + 3 * HOUR, overdue: false })]);
    h.reopen(HOUR);
    h.clock.advance(0);
    expect(dueEvents(h)).toHaveLength(1);
  });

  it('announces at start what fell due while the app was closed, and not a kept promise', async () => {
    h = callHarness();
    const kept = await promise(h, T0 + HOUR, 'Kept one');
    const missed = await promise(h, T0 + 2 * HOUR, 'Missed one');
    await h.ok('commitments.complete', { commitmentId: kept.commitmentId });
    h.reopen(5 * HOUR);
    h.clock.advance(0);
    expect(dueEvents(h).map((c) => [c.id, c.overdue])).toEqual([[missed.commitmentId, true]]);
  });
});
