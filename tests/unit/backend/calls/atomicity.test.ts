import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../../core/model/ids.js';
import { rowCounts } from '../harness.js';
import { callHarness, type CallHarness } from './callHarness.js';

// A write that fails half-way (disk full, a bug, the process dying) must leave the store as
// it was: the event and its projections are one immediate transaction. The failure is made
// by a temporary trigger that aborts the projection's insert after the event row is in.

let h: CallHarness;
// The failures below are logged as they would be in the app; keep the test output quiet.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  h?.close();
  vi.restoreAllMocks();
});

function failInsertsInto(harness: CallHarness, table: 'notes' | 'commitments' | 'handovers' | 'hold_prompts') {
  const db = harness.backend.context.db;
  db.exec(`CREATE TEMP TRIGGER fail_${table} BEFORE INSERT ON main.${table} BEGIN SELECT RAISE(ABORT, 'simulated crash'); END`);
  return () => db.exec(`DROP TRIGGER temp.fail_${table}`);
}

describe('a crash mid-write leaves all or nothing', () => {
  it('rolls back the event row when its projection fails, and the same write succeeds afterwards', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    const before = rowCounts(h.backend);
    const event = { id: newId(), type: 'note.added' as const, body: 'Refund not on the card' };
    const restore = failInsertsInto(h, 'notes');
    expect(await h.fails('call.record', { callId, event })).toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/nothing was saved/) });
    expect(rowCounts(h.backend)).toEqual(before);
    expect((await h.ok('call.get', { callId })).events).toHaveLength(1);

    const promise = { id: newId(), type: 'commitment.made' as const, description: 'Call back', dueAt: h.clock.now() + 3_600_000 };
    const restoreCommitments = failInsertsInto(h, 'commitments');
    expect(await h.fails('call.record', { callId, event: promise })).toMatchObject({ code: 'INTERNAL' });
    expect(rowCounts(h.backend)).toEqual(before);
    restoreCommitments();

    restore();
    const saved = await h.ok('call.record', { callId, event });
    expect(saved.events.map((e) => e.type)).toEqual(['call.started', 'note.added']);
    expect(rowCounts(h.backend)).toMatchObject({ call_events: before.call_events! + 1, notes: before.notes! + 1 });
  });

  it('still prompts the rep when the hold timer cannot record its prompt, and only once', async () => {
    h = callHarness();
    const { callId } = await h.startCall();
    await h.record(callId, { type: 'hold.started' });
    const before = rowCounts(h.backend);
    failInsertsInto(h, 'hold_prompts');
    h.clock.advance(30_000);
    h.clock.advance(1_000);
    expect(h.prompts().map((p) => p.kind)).toEqual(['checkin_due']);
    expect(rowCounts(h.backend)).toEqual(before);
  });
});
