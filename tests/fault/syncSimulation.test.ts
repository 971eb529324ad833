import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEngine, sqliteEngine, type TestEngine } from '../unit/server/engines.js';
import { openHarness, type Harness } from '../unit/server/harness.js';
import { expectPulledOnce, expectStoredOnce, serverView } from './syncChecks.js';
import { historyArb, Simulation, viewOf, type History } from './syncSim.js';

// Model-based fault injection against the real server (buildApp over SQLite and embedded
// PostgreSQL, called through fastify inject). 2-6 devices (admins) of one team write offline over
// a small shared pool of entities; a random schedule interleaves writes, pushes and pulls
// with faults (request dropped, response dropped, request duplicated in sequence or
// concurrently, request held and delivered later out of order, the server failing midway
// through a push, every client pushing at once). Client clocks run from 3 days behind the
// server to a year ahead and may jump (clockSkewModel.ts): local writes are never refused,
// the server refuses stamps too far ahead, and the client re-stamps what it has waiting.
// Every push answer is checked against a model of the server (skip what it has, stop at a
// gap, refuse a far-future stamp). After healing, nothing is lost or duplicated, no stored
// stamp is more than 2 minutes ahead of the server's clock when stored, every device's
// position is its last seq, and every replica equals the state a fresh device pulls. Each
// history uses its own team, so one server serves all of them.
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
  // 1. The server DB: every change stored exactly once, as sent, none rejected; every
  //    device's position is its last seq, and the client heard so.
  await expectStoredOnce(h.server, sim.team, sim.clients.map((c) => c.device.deviceId), created);
  for (const c of sim.clients) expect(c.acked, `acked of ${c.device.deviceId}`).toBe(c.outbox.length);

  // 2. A fresh device pulls everything: each change once, all of them.
  const truth = expectPulledOnce(await sim.readAll(await sim.newReader(), history.readerLimit), created);

  // 3. Convergence: every replica, and the server's own merged state, equals the fresh pull.
  for (const c of sim.clients) expect(viewOf(c.replica), `replica of ${c.device.deviceId}`).toEqual(truth);
  expect(await serverView(h.server, sim.team), 'server merged state').toEqual(truth);
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
