import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../server/engines.js';
import { useSyncWorld } from './harness.js';

// Issue 4: "a device offline for 7 days with 5,000 changes catches up". A desk works a week
// with no server (250 calls, each with its case and nine notes: 5,000 changes) while a
// colleague keeps syncing; when it reconnects, one "sync now" sends all of it and takes in
// the colleague's week. How long that takes is measured by `npm run bench:sync`.

const DAY = 24 * 3600_000;

describe.each(ENGINES)('a week offline on %s', (_name, makeEngine) => {
  const world = useSyncWorld(makeEngine);

  it('catches up 5,000 changes in one sync and sees the others\' week', async () => {
    const ana = await world.desk('Ana');
    const ben = await world.desk('Ben');
    await ana.ok('sync.setPaused', { paused: true });
    const customer = await ana.customer('Week Away', '(415) 555-0199');
    const benCustomer = await ben.customer('Stayed Online', '(415) 555-0198');
    for (let i = 0; i < 250; i++) {
      world.now.ms += Math.floor((7 * DAY) / 250);
      ana.follow();
      const call = await ana.ok('call.start', { customerId: customer.id, caseId: null, newCaseSubject: `Week issue ${i}`, phone: '(415) 555-0199' });
      for (let n = 0; n < 9; n++) await ana.record(call.callId, { type: 'note.added', body: `Day note ${i}.${n}` });
      if (i % 25 === 0) {
        ben.follow();
        await ben.ok('call.start', { customerId: benCustomer.id, caseId: null, newCaseSubject: `Ben issue ${i}`, phone: '(415) 555-0198' });
        await ben.sync();
      }
    }
    const before = await ana.status();
    expect(before.state).toBe('paused');
    expect(before.waiting).toBe(5_001); // the customer and 250 x (case + call.started + 9 x (event + note))
    expect(before.oldestWaitingAgeMs).toBeGreaterThanOrEqual(7 * DAY - DAY / 250 - 1);

    await ana.ok('sync.setPaused', { paused: false });
    await ana.sync();
    expect(await ana.status()).toMatchObject({ state: 'online', waiting: 0, rejected: 0 });
    await ben.sync();
    const count = (sql: string, id: string) => ben.backend.context.db.prepare(sql).pluck().get(id);
    expect(count(`SELECT count(*) FROM cases WHERE customer_id = ?`, customer.id)).toBe(250);
    expect(count(`SELECT count(*) FROM notes WHERE customer_id = ?`, customer.id)).toBe(2_250);
    expect(count(`SELECT count(*) FROM calls WHERE customer_id = ? AND remote = 1`, customer.id)).toBe(250);
    const seen = await ana.ok('customers.history', { customerId: benCustomer.id });
    expect(seen.cases).toHaveLength(10);
    const stored = await world.server().db.selectFrom('sync_changes').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(5_001 + 1 + 10 * 2);
  }, 120_000);
});
