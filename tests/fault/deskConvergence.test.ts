import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../core/model/enums.js';
import { HLC_MAX_DRIFT_MS, parseHlc } from '../../core/sync/hlc.js';
import type { Desk } from '../unit/backend/sync/harness.js';
import { createSyncWorld } from '../unit/backend/sync/harness.js';
import { ENGINES } from '../unit/server/engines.js';

// The real desks (backend, SQLite store, sync loop over HTTP) against the real server: random
// offline histories of the things reps do (customers, calls, notes, promises kept and moved,
// case edits), with desks working offline, the server going away and clocks moving. After
// healing: nothing lost (every change the desks made is on the server once), nothing
// refused, no stamp more than 2 minutes ahead of the server accepted though desk clocks run
// from 3 days behind to a year ahead, every desk shows the same rows, and every desk's merged state equals the
// server's. syncSimulation.test.ts drives a protocol model through the network faults;
// this drives the product.
//
// Replay: FC_SEED=<seed> FC_RUNS=<n> npx vitest run tests/fault/deskConvergence.test.ts

const DAY = 24 * 3600_000;
const STATUSES: CaseStatus[] = ['open', 'pending', 'escalated', 'resolved', 'closed'];

type Op =
  | { t: 'customer'; desk: number; n: number }
  | { t: 'call'; desk: number; pick: number; newCase: boolean }
  | { t: 'note'; desk: number; pick: number; n: number }
  | { t: 'promise'; desk: number; pick: number; dueInMin: number }
  | { t: 'end'; desk: number; pick: number }
  | { t: 'editCase'; desk: number; pick: number; status: number; subject: number | null }
  | { t: 'keep'; desk: number; pick: number }
  | { t: 'move'; desk: number; pick: number; dueInMin: number }
  | { t: 'sync'; desk: number }
  | { t: 'offline'; desk: number; paused: boolean }
  | { t: 'server'; up: boolean }
  | { t: 'tick'; ms: number };

const historyArb = fc.integer({ min: 2, max: 4 }).chain((desks) => {
  const desk = fc.nat(desks - 1);
  const pick = fc.nat(50);
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ t: fc.constant('customer' as const), desk, n: fc.nat(999) }) },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('call' as const), desk, pick, newCase: fc.boolean() }) },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('note' as const), desk, pick, n: fc.nat(999) }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('promise' as const), desk, pick, dueInMin: fc.integer({ min: 5, max: 600 }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('end' as const), desk, pick }) },
    { weight: 3, arbitrary: fc.record({ t: fc.constant('editCase' as const), desk, pick, status: fc.nat(STATUSES.length - 1), subject: fc.option(fc.nat(99), { nil: null }) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('keep' as const), desk, pick }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('move' as const), desk, pick, dueInMin: fc.integer({ min: 5, max: 600 }) }) },
    { weight: 4, arbitrary: fc.record({ t: fc.constant('sync' as const), desk }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('offline' as const), desk, paused: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('server' as const), up: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 90_000 }) }) },
  );
  // Desk clocks from 3 days behind to a year ahead of the server's (issue 4's range).
  const skew = fc.oneof(fc.constant(0), fc.integer({ min: -3 * DAY, max: 365 * DAY }), fc.integer({ min: -5 * 60_000, max: 5 * 60_000 }));
  return fc.record({ desks: fc.constant(desks), skews: fc.array(skew, { minLength: desks, maxLength: desks }), ops: fc.array(op, { minLength: 5, maxLength: 30 }) });
});

const ids = (desk: Desk, sql: string): string[] => desk.backend.context.db.prepare(sql).pluck().all() as string[];
const pickFrom = <T,>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

async function run(desks: Desk[], op: Op, world: { now: { ms: number }; stopServer(): Promise<void>; startServer(): Promise<void> }, server: { up: boolean }): Promise<void> {
  if (op.t === 'tick') {
    world.now.ms += op.ms;
    return;
  }
  if (op.t === 'server') {
    if (op.up === server.up) return;
    server.up = op.up;
    await (op.up ? world.startServer() : world.stopServer());
    return;
  }
  const d = desks[op.desk]!;
  d.follow();
  const liveCalls = () => ids(d, `SELECT id FROM calls WHERE ended_at IS NULL AND remote = 0 ORDER BY id`);
  switch (op.t) {
    case 'customer':
      await d.customer(`Caller ${op.n}`, `(415) 555-${String(1000 + op.n).slice(-4)}`);
      return;
    case 'call': {
      const customer = pickFrom(ids(d, `SELECT id FROM customers ORDER BY id`), op.pick);
      if (!customer) return;
      const caseId = op.newCase ? null : pickFrom(ids(d, `SELECT id FROM cases WHERE customer_id = '${customer}' ORDER BY id`), op.pick);
      await d.ok('call.start', {
        customerId: customer,
        caseId: caseId ?? null,
        ...(caseId ? {} : { newCaseSubject: `Issue ${op.pick}` }),
        phone: '(415) 555-0000',
      });
      return;
    }
    case 'note': {
      const callId = pickFrom(liveCalls(), op.pick);
      if (callId) await d.record(callId, { type: 'note.added', body: `Note ${op.n} from ${d.name}` });
      return;
    }
    case 'promise': {
      const callId = pickFrom(liveCalls(), op.pick);
      if (callId) await d.record(callId, { type: 'commitment.made', description: `Call back (${d.name})`, dueAt: d.clock.now() + op.dueInMin * 60_000 });
      return;
    }
    case 'end': {
      const callId = pickFrom(liveCalls(), op.pick);
      if (!callId) return;
      await d.record(callId, { type: 'closing.override', missing: ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'], reason: 'Test' });
      await d.record(callId, { type: 'call.ended' });
      return;
    }
    case 'editCase': {
      const caseId = pickFrom(ids(d, `SELECT id FROM cases ORDER BY id`), op.pick);
      if (caseId) await d.ok('cases.update', { caseId, status: STATUSES[op.status]!, ...(op.subject === null ? {} : { subject: `Subject ${op.subject}` }) });
      return;
    }
    case 'keep': {
      const id = pickFrom(ids(d, `SELECT id FROM commitments WHERE status = 'open' ORDER BY id`), op.pick);
      if (id) await d.ok('commitments.complete', { commitmentId: id });
      return;
    }
    case 'move': {
      const id = pickFrom(ids(d, `SELECT id FROM commitments WHERE status = 'open' ORDER BY id`), op.pick);
      if (id) await d.ok('commitments.reschedule', { commitmentId: id, dueAt: d.clock.now() + op.dueInMin * 60_000 });
      return;
    }
    case 'sync':
      await d.sync();
      return;
    case 'offline':
      await d.ok('sync.setPaused', { paused: op.paused });
      return;
  }
}

/** What every desk must agree on once healed: the rows a rep sees. */
function snapshot(d: Desk) {
  const q = (sql: string) => d.backend.context.db.prepare(sql).all();
  return {
    customers: q(`SELECT id, name, email FROM customers ORDER BY id`),
    phones: q(`SELECT customer_id, e164 FROM customer_phones ORDER BY 1, 2`),
    cases: q(`SELECT id, customer_id, number, subject, status FROM cases ORDER BY id`),
    calls: q(`SELECT id, customer_id, case_id, rep_name, started_at, ended_at FROM calls ORDER BY id`),
    events: q(`SELECT call_id, id, type, at FROM call_events ORDER BY 1, 2`),
    notes: q(`SELECT id, case_id, call_id, body, author FROM notes ORDER BY id`),
    commitments: q(`SELECT id, status, due_at, description, owner FROM commitments ORDER BY id`),
  };
}

type View = { fields: Record<string, { value: unknown }>; rows: Record<string, unknown>; terminal: { changeId: string } | null };
const essence = (state: string) => {
  const v = JSON.parse(state) as View;
  return { fields: Object.fromEntries(Object.entries(v.fields).map(([k, f]) => [k, f.value])), rows: Object.keys(v.rows).sort(), terminal: v.terminal?.changeId ?? null };
};

const RUNS: Record<string, number> = { sqlite: 60, postgres: 30 };

describe.each(ENGINES)('real desks converge on %s', (name, makeEngine) => {
  const engine = makeEngine();
  beforeAll(engine.start, 60_000);
  afterAll(engine.stop, 60_000);

  it('after any offline history: nothing lost, nothing duplicated, nothing refused, every desk equal to the server', async () => {
    const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
    const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : (RUNS[name] ?? 10);
    console.log(`[deskConvergence:${name}] seed=${seed} runs=${numRuns} (replay with FC_SEED=${seed})`);
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const world = createSyncWorld(engine);
        try {
          const desks: Desk[] = [];
          for (let i = 0; i < history.desks; i++) desks.push(await world.desk(`Rep${i}`, { skewMs: history.skews[i] ?? 0 }));
          const server = { up: true };
          for (const op of history.ops) await run(desks, op, world, server);

          // Heal: the server back, every desk online, two full rounds each.
          if (!server.up) await world.startServer();
          for (const d of desks) await d.ok('sync.setPaused', { paused: false });
          for (let round = 0; round < 2; round++) for (const d of desks) await d.sync();

          let written = 0;
          for (const d of desks) {
            const status = await d.status();
            expect(status, d.name).toMatchObject({ state: 'online', waiting: 0, rejected: 0 });
            written += d.backend.context.db.prepare(`SELECT count(*) FROM outbox`).pluck().get() as number;
          }
          const db = world.server().db;
          const stored = await db.selectFrom('sync_changes').select(['device_id', 'seq', 'change_id', 'status', 'hlc', 'stored_at']).execute();
          // No far-future stamp was ever accepted, whatever the desks' clocks said.
          for (const r of stored) expect(parseHlc(r.hlc).ms).toBeLessThanOrEqual(Date.parse(r.stored_at) + HLC_MAX_DRIFT_MS);
          expect(stored.length).toBe(written);
          expect(new Set(stored.map((r) => r.change_id)).size).toBe(written);
          expect(stored.filter((r) => r.status === 'rejected')).toEqual([]);

          const first = snapshot(desks[0]!);
          for (const d of desks.slice(1)) expect(snapshot(d), d.name).toEqual(first);

          const serverStates = await db.selectFrom('sync_entities').select(['entity', 'entity_id', 'state']).orderBy('entity').orderBy('entity_id').execute();
          const expected = serverStates.map((r) => [r.entity, r.entity_id, essence(r.state)]);
          for (const d of desks) {
            const local = d.backend.context.db.prepare(`SELECT entity, entity_id AS entityId, state FROM sync_entities ORDER BY entity, entity_id`).all() as { entity: string; entityId: string; state: string }[];
            expect(local.map((r) => [r.entity, r.entityId, essence(r.state)]), d.name).toEqual(expected);
            expect(d.backend.context.db.prepare(`SELECT count(*) FROM sync_unprojected`).pluck().get(), d.name).toBe(0);
          }
        } finally {
          await world.dispose();
        }
      }),
      { seed, numRuns, endOnFailure: true },
    );
  }, 600_000);
});
