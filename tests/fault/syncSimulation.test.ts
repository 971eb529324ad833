import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../core/sync/change.js';
import { canonicalJson } from '../../core/sync/json.js';
import type { EntityState } from '../../core/sync/state.js';
import { postgresEngine, sqliteEngine, type TestEngine } from '../unit/server/engines.js';
import { openHarness, type Harness } from '../unit/server/harness.js';
import { applyTo, historyArb, Simulation, viewOf, type History, type Replica } from './syncSim.js';

// Model-based fault injection against the real server (buildApp over SQLite and embedded
// PostgreSQL, called through fastify inject). 2-6 devices (admins) of one team write offline over
// a small shared pool of entities; a random schedule interleaves writes, pushes and pulls
// with faults (request dropped, response dropped, request duplicated in sequence or
// concurrently, request held and delivered later out of order, the server failing midway
// through a push, every client pushing at once). Every push answer is checked against a model of the
// server's position (skip what it has, stop at a gap). After healing, nothing is lost or
// duplicated, every device's position is its last seq, and every replica equals the state a
// fresh device pulls. Each history uses its own team, so one server serves all of them.
//
// Replay: FC_SEED=<seed from the describe title>; soak: FC_RUNS=10000 (PG_RUNS for postgres).

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const PG_RUNS = Number(process.env.PG_RUNS ?? Math.min(20, RUNS));
const MAX_OPS = 120;

let historyCount = 0;

async function runHistory(h: Harness, history: History): Promise<void> {
  const sim = new Simulation(h, `fault-team-${++historyCount}`);
  await sim.enrolClients(history.skewsMs);
  for (const op of history.ops) await sim.run(op);
  await sim.heal(history.healBatch);

  const created = sim.clients.flatMap((c) => c.outbox);
  const byId = new Map(created.map((c) => [c.id, c]));

  // 1. The server DB: every change stored exactly once, as sent, none rejected; every
  //    device's position is its last seq.
  const rows = await h.server.db.selectFrom('sync_changes').selectAll().where('space', '=', sim.team).execute();
  const storedIds = rows.map((r) => r.change_id);
  expect(new Set(storedIds).size, 'duplicated on the server').toBe(storedIds.length);
  expect([...storedIds].sort(), 'lost or extra on the server').toEqual([...byId.keys()].sort());
  for (const row of rows) {
    const mine = byId.get(row.change_id) as ChangeRecord;
    expect({ device: row.device_id, seq: Number(row.seq), hlc: row.hlc, fields: canonicalJson(JSON.parse(row.fields) as never) }).toEqual({
      device: mine.deviceId,
      seq: mine.seq,
      hlc: mine.hlc,
      fields: canonicalJson(mine.fields),
    });
    expect(row.status, `change ${row.change_id}: ${row.reason ?? ''}`).not.toBe('rejected');
  }
  const deviceIds = sim.clients.map((c) => c.device.deviceId);
  const positions = await h.server.db.selectFrom('sync_devices').selectAll().where('device_id', 'in', deviceIds).execute();
  const posOf = new Map(positions.map((p) => [p.device_id, Number(p.last_seq)]));
  for (const c of sim.clients) {
    expect(posOf.get(c.device.deviceId) ?? 0, `position of ${c.device.deviceId}`).toBe(c.outbox.length);
    expect(c.acked, `acked of ${c.device.deviceId}`).toBe(c.outbox.length);
  }

  // 2. A fresh device pulls everything: each change once, all of them.
  const pulled = await sim.readAll(await sim.newReader(), history.readerLimit);
  const pulledIds = pulled.map((c) => c.id);
  expect(new Set(pulledIds).size, 'duplicated in a pull').toBe(pulledIds.length);
  expect([...pulledIds].sort(), 'lost or extra in a pull').toEqual([...byId.keys()].sort());
  for (const change of pulled) expect(change).toEqual(byId.get(change.id));
  const fresh: Replica = new Map();
  for (const change of pulled) applyTo(fresh, change);
  const truth = viewOf(fresh);

  // 3. Convergence: every replica, and the server's own merged state, equals the fresh pull.
  for (const c of sim.clients) expect(viewOf(c.replica), `replica of ${c.device.deviceId}`).toEqual(truth);
  const entities = await h.server.db.selectFrom('sync_entities').selectAll().where('space', '=', sim.team).execute();
  const serverReplica: Replica = new Map(entities.map((e) => [`${e.entity}/${e.entity_id}`, JSON.parse(e.state) as EntityState]));
  expect(viewOf(serverReplica), 'server merged state').toEqual(truth);
}

function simulate(name: string, makeEngine: () => TestEngine, runs: number, timeoutMs: number): void {
  describe(`sync fault simulation on ${name} (seed ${SEED}, replay with FC_SEED=${SEED}, ${runs} histories)`, () => {
    const engine = makeEngine();
    let h: Harness;
    beforeAll(async () => {
      await engine.start();
      h = await openHarness(engine);
    }, 60_000);
    afterAll(async () => {
      await h?.close();
      await engine.stop();
    });

    it(
      'loses nothing, duplicates nothing, and converges under dropped, duplicated and reordered requests',
      async () => {
        for (const key of Object.keys(Simulation.stats) as (keyof typeof Simulation.stats)[]) Simulation.stats[key] = 0;
        await fc.assert(
          fc.asyncProperty(historyArb(MAX_OPS), async (history) => {
            await runHistory(h, history);
          }),
          { seed: SEED, numRuns: runs, endOnFailure: false },
        );
        // The schedule really exercised the faults (not a vacuous pass); at 100+ histories
        // each of these is all but certain.
        if (process.env.FC_STATS) console.log(name, JSON.stringify(Simulation.stats));
        if (runs >= 100) {
          const s = Simulation.stats;
          for (const [what, n] of Object.entries(s)) expect(n, `${what} over ${runs} histories`).toBeGreaterThan(0);
        }
      },
      timeoutMs,
    );
  });
}

simulate('sqlite', sqliteEngine, RUNS, Math.max(120_000, RUNS * 1_000));
simulate('postgres', postgresEngine, PG_RUNS, Math.max(120_000, PG_RUNS * 3_000));
