import { describe, expect, it } from 'vitest';
import { ChangeRecord } from '../../../../core/sync/change.js';
import { applyChange, emptyState, mergeStates } from '../../../../core/sync/merge.js';
import type { EntityState } from '../../../../core/sync/state.js';
import { AFTER_TERMINAL_REASON, FROZEN_REASON } from '../../../../core/sync/state.js';
import { CALL_ID, CASE_ID, COMMITMENT_ID, DEV_A, DEV_B, change, uuid } from './build.js';

function applyAll(changes: ChangeRecord[], start: EntityState | null = null) {
  let state = start;
  const outcomes: string[] = [];
  for (const c of changes) {
    const r = applyChange(state, c);
    state = r.state;
    outcomes.push(r.outcome);
  }
  return { state: state as EntityState, outcomes };
}

describe('mutable fields: last writer wins per field, losers kept', () => {
  const statusA = change({ id: uuid(1), device: DEV_A, dms: 10, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { status: 'pending' } });
  const both = change({ id: uuid(2), device: DEV_B, dms: 20, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { status: 'resolved', owner: 'Li' } });
  const ownerA = change({ id: uuid(3), device: DEV_A, dms: 30, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { owner: 'Pat' } });

  it('the later stamp wins each field on its own, in any arrival order', () => {
    const forward = applyAll([statusA, both, ownerA]);
    const backward = applyAll([ownerA, both, statusA]);
    expect(forward.outcomes).toEqual(['applied', 'applied', 'applied']);
    expect(backward.outcomes).toEqual(['applied', 'applied', 'superseded']);
    expect(backward.state).toEqual(forward.state);
    const { fields, history } = forward.state;
    expect(fields.status?.value).toBe('resolved');
    expect(fields.owner?.value).toBe('Pat');
    expect(history.status?.map((v) => v.value)).toEqual(['pending']);
    expect(history.owner?.map((v) => [v.value, v.deviceId])).toEqual([['Li', DEV_B]]);
  });

  it('applying a change twice is a duplicate and changes nothing', () => {
    const once = applyAll([statusA]).state;
    const again = applyChange(once, statusA);
    expect(again.outcome).toBe('duplicate');
    expect(again.state).toEqual(once);
  });

  it('a reused change id with other content is rejected and changes nothing', () => {
    const once = applyAll([statusA]).state;
    const r = applyChange(once, { ...statusA, fields: { status: 'closed' } });
    expect(r).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/already used/) });
    expect(r.state).toBe(once);
  });

  it('rejects a change for another entity or of a kind the entity does not take', () => {
    const once = applyAll([statusA]).state;
    expect(applyChange(once, { ...ownerA, entityId: CALL_ID }).outcome).toBe('rejected');
    const append = change({ id: uuid(9), device: DEV_A, dms: 1, kind: 'append', entity: 'case', entityId: CASE_ID, fields: { id: uuid(99) } });
    expect(applyChange(once, append)).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/does not take 'append'/) });
  });
});

describe('append-only entities: union by row id', () => {
  const note = (n: number, dms: number, body: string, device = DEV_A) =>
    change({ id: uuid(100 + n + dms), device, dms, kind: 'append', entity: 'note', entityId: CASE_ID, fields: { id: uuid(n), body } });

  it('rows from two devices are all kept', () => {
    const { state, outcomes } = applyAll([note(1, 1, 'first'), note(2, 2, 'second', DEV_B)]);
    expect(outcomes).toEqual(['applied', 'applied']);
    expect(Object.keys(state.rows).sort()).toEqual([uuid(1), uuid(2)]);
  });

  it('the same row again (a retried create under a new change id) is a duplicate', () => {
    const first = note(1, 1, 'same');
    const retried = { ...note(1, 5, 'same'), fields: { body: 'same', id: uuid(1) } };
    const { state, outcomes } = applyAll([first, retried]);
    expect(outcomes).toEqual(['applied', 'duplicate']);
    expect(state.conflicts).toEqual([]);
  });

  it('the same id with different content is a conflict, reported and kept, never overwriting', () => {
    const a = note(1, 1, 'original');
    const b = note(1, 2, 'different', DEV_B);
    const forward = applyAll([a, b]);
    const backward = applyAll([b, a]);
    expect(forward.outcomes).toEqual(['applied', 'rejected']);
    expect(backward.outcomes).toEqual(['applied', 'rejected']);
    expect(backward.state).toEqual(forward.state);
    expect(forward.state.rows[uuid(1)]?.row.body).toBe('original');
    expect(forward.state.conflicts.map((r) => r.row.body)).toEqual(['different']);
  });
});

describe('commitments: done or cancelled is terminal', () => {
  const reschedule = (n: number, dms: number, dueAt: number) =>
    change({ id: uuid(200 + n), device: DEV_B, dms, kind: 'set', entity: 'commitment', entityId: COMMITMENT_ID, fields: { dueAt } });
  const close = (n: number, dms: number, status: string) =>
    change({ id: uuid(300 + n), device: DEV_A, dms, kind: 'terminal', entity: 'commitment', entityId: COMMITMENT_ID, fields: { status } });

  it('beats a reschedule stamped after it, whatever the order; the reschedule goes to history', () => {
    const done = close(1, 10, 'done');
    const later = reschedule(1, 1_000_000, T_DUE);
    const forward = applyAll([done, later]);
    const backward = applyAll([later, done]);
    expect(forward.outcomes).toEqual(['applied', 'superseded']);
    expect(applyChange(applyAll([done]).state, later).reason).toBe(AFTER_TERMINAL_REASON);
    expect(backward.outcomes).toEqual(['applied', 'applied']);
    expect(backward.state).toEqual(forward.state);
    expect(forward.state.fields.status?.value).toBe('done');
    expect(forward.state.fields.dueAt).toBeUndefined();
    expect(forward.state.history.dueAt?.map((v) => v.value)).toEqual([T_DUE]);
  });

  it('a reschedule stamped before the close still moves the due time; the status stays done', () => {
    const { state } = applyAll([close(1, 50, 'done'), reschedule(1, 10, T_DUE)]);
    expect(state.fields.status?.value).toBe('done');
    expect(state.fields.dueAt?.value).toBe(T_DUE);
  });

  it('of two closes the earlier stands and the later is kept in history', () => {
    const { state, outcomes } = applyAll([close(2, 20, 'cancelled'), close(1, 10, 'done')]);
    expect(outcomes).toEqual(['applied', 'applied']);
    expect(state.fields.status?.value).toBe('done');
    expect(state.history.status?.map((v) => v.value)).toEqual(['cancelled']);
    expect(state.lostTerminals).toHaveLength(1);
  });

  it('status cannot be set outside a terminal change, nor closed to another status', () => {
    const reopen = change({ id: uuid(400), device: DEV_B, dms: 1, kind: 'set', entity: 'commitment', entityId: COMMITMENT_ID, fields: { status: 'open' } });
    expect(applyChange(null, reopen)).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/only through a 'terminal'/) });
    expect(applyChange(null, close(5, 1, 'open')).outcome).toBe('rejected');
  });
});

describe('a finalized call record is frozen', () => {
  const event = (n: number, dms: number, device = DEV_A) =>
    change({ id: uuid(500 + n), device, dms, kind: 'append', entity: 'call_event', entityId: CALL_ID, fields: { id: uuid(600 + n), callId: CALL_ID, type: 'note.added' } });
  const finalize = change({ id: uuid(700), device: DEV_A, dms: 100, kind: 'terminal', entity: 'call_event', entityId: CALL_ID, fields: {} });

  it('an event stamped after finalization is rejected with a reason and kept aside', () => {
    const frozen = applyAll([event(1, 10), finalize]).state;
    const late = applyChange(frozen, event(2, 200, DEV_B));
    expect(late).toMatchObject({ outcome: 'rejected', reason: FROZEN_REASON });
    expect(late.state.rows).toEqual(frozen.rows);
    expect(late.state.rejected.map((r) => r.change.id)).toEqual([uuid(502)]);
  });

  it('the same holds when the late event arrived before the finalization', () => {
    const [early, late] = [event(1, 10), event(2, 200, DEV_B)];
    const forward = applyAll([early, finalize, late]);
    const backward = applyAll([late, early, finalize]);
    expect(backward.outcomes).toEqual(['applied', 'applied', 'applied']);
    expect(backward.state).toEqual(forward.state);
    expect(Object.keys(forward.state.rows)).toEqual([uuid(601)]);
  });

  it('an event stamped before finalization (an offline device) still joins the log', () => {
    const r = applyChange(applyAll([finalize]).state, event(3, 50, DEV_B));
    expect(r.outcome).toBe('applied');
  });
});

describe('mergeStates', () => {
  it('merges two replicas into what either would get from all the changes', () => {
    const a = change({ id: uuid(800), device: DEV_A, dms: 1, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { owner: 'Pat' } });
    const b = change({ id: uuid(801), device: DEV_B, dms: 2, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { owner: 'Li' } });
    const left = applyAll([a]).state;
    const right = applyAll([b]).state;
    expect(mergeStates(left, right)).toEqual(mergeStates(right, left));
    expect(mergeStates(left, right)).toEqual(applyAll([a, b]).state);
    expect(mergeStates(left, left)).toEqual(left);
    expect(emptyState('case', CASE_ID).log).toEqual([]);
  });
});

const T_DUE = 1_800_000_000_000;

describe('applyChange guards the log', () => {
  it('refuses a change whose stamp is malformed', () => {
    const bad = change({ id: uuid(900), device: DEV_A, dms: 1, kind: 'set', entity: 'case', entityId: CASE_ID, fields: { owner: 'Pat' } });
    expect(applyChange(null, { ...bad, hlc: 'soon' })).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/clock stamp/) });
  });
});
