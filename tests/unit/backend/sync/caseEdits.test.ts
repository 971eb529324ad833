import { describe, expect, it } from 'vitest';
import { sqliteEngine } from '../../server/engines.js';
import { useSyncWorld } from './harness.js';

// Two desks edit the same case: per-field last writer wins, the other value is kept, and an
// overwrite of an edit the winner never saw is shown on both desks as a conflict.
// (SQLite engine: the merge is core/sync's on both engines, which client.test.ts covers.)

describe('case edits across desks', () => {
  const world = useSyncWorld(sqliteEngine);

  async function sharedCase() {
    const ana = await world.desk('Ana');
    const ben = await world.desk('Ben');
    const call = await ana.startCall();
    const caseId = call.case!.id;
    await ana.sync();
    await ben.sync();
    return { ana, ben, caseId };
  }

  it('keeps both desks\' edits of different fields', async () => {
    const { ana, ben, caseId } = await sharedCase();
    await ana.ok('cases.update', { caseId, subject: 'Refund for order 1182' });
    world.now.ms += 1_000;
    await ben.ok('cases.update', { caseId, status: 'pending' });
    for (const d of [ana, ben, ana]) await d.sync();
    for (const d of [ana, ben]) {
      const detail = await d.ok('cases.get', { caseId });
      expect(detail.case).toMatchObject({ subject: 'Refund for order 1182', status: 'pending' });
      expect(detail.conflicts).toEqual([]);
    }
  });

  it('shows the concurrent edit of one field on both desks, the later one kept', async () => {
    const { ana, ben, caseId } = await sharedCase();
    await ana.ok('sync.setPaused', { paused: true });
    await ana.ok('cases.update', { caseId, status: 'pending' });
    world.now.ms += 60_000;
    await ben.ok('cases.update', { caseId, status: 'resolved' });
    await ben.sync();
    await ana.ok('sync.setPaused', { paused: false });
    await ana.sync();
    await ben.sync();
    for (const d of [ana, ben]) {
      const detail = await d.ok('cases.get', { caseId });
      expect(detail.case.status).toBe('resolved');
      expect(detail.conflicts).toEqual([
        { field: 'status', kept: { value: 'resolved', by: 'Ben', at: expect.any(Number) as number }, alsoWritten: [{ value: 'pending', by: 'Ana', at: expect.any(Number) as number }] },
      ]);
    }
  });

  it('does not call a later edit made after seeing the first one a conflict', async () => {
    const { ana, ben, caseId } = await sharedCase();
    await ana.ok('cases.update', { caseId, status: 'pending' });
    await ana.sync();
    await ben.sync();
    world.now.ms += 1_000;
    await ben.ok('cases.update', { caseId, status: 'resolved' });
    await ben.sync();
    await ana.sync();
    for (const d of [ana, ben]) {
      const detail = await d.ok('cases.get', { caseId });
      expect(detail.case.status).toBe('resolved');
      expect(detail.conflicts).toEqual([]);
    }
  });

  it('refuses an edit of an unknown case or with nothing to change, writing nothing', async () => {
    const ana = await world.desk('Ana', { enrol: false });
    const call = await ana.startCall();
    const waiting = (await ana.status()).waiting;
    expect((await ana.fails('cases.update', { caseId: call.callId, status: 'pending' })).code).toBe('NOT_FOUND');
    expect((await ana.fails('cases.update', { caseId: call.case!.id } as never)).code).toBe('BAD_INPUT');
    expect((await ana.status()).waiting).toBe(waiting);
  });
});
