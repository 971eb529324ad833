// npm run bench:sync [-- --seconds 60 --ingest-seconds 20 --engines sqlite,postgres]
// (or BENCH_SECONDS=10 npm run bench:sync for a quick check)
//
// The central server under sync load, on each engine (a SQLite file; PostgreSQL embedded and
// started here), with the server as its own process on 127.0.0.1 and devices speaking the
// real protocol over HTTP:
//  1. ingest: one server process, 32 devices (4 teams) pushing 500-change batches back to
//     back for 20 s; changes acknowledged per second;
//  2. a floor of 500 enrolled devices (5 teams of 100) syncing every 5 s for 60 s: push the
//     0 to 4 changes their rep made since (none: no push), then pull pages of 500 until
//     current; push and pull latency per request;
//  3. catch-up: a device offline for 7 days with 5,000 changes stamped over those days,
//     while its team kept writing: time to push them all (500 a push, one after another)
//     and pull until current, with the floor still syncing (its teammates pull the 5,000).
// Changes have the shapes the desktop app sends (syncWorkload.ts). Between 1 and 2 the
// database is checkpointed. Prints figures per engine and ends with one JSON line of every
// figure. Stops by itself. BENCH_SERVER_NODE_ARGS passes node flags to the server process
// (e.g. "--cpu-prof --cpu-prof-dir=prof" to profile it).
import { parseArgs } from 'node:util';
import type { Engine } from '../../server/db/connect.js';
import { formatRow, percentiles } from './stats.js';
import { catchUp, prepareOfflineDevice } from './syncCatchUp.js';
import { closeClient } from './syncClient.js';
import { createUsers, enrolAll } from './syncEnrol.js';
import { fleetFigures, pullUntilCurrent, startFleet } from './syncFleet.js';
import { measureIngest } from './syncIngest.js';
import { openTarget, type Target } from './syncTarget.js';
import { teamCaseIds } from './syncWorkload.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env['BENCH_SECONDS'] ?? '60' },
    'ingest-seconds': { type: 'string' },
    engines: { type: 'string', default: process.env['BENCH_ENGINES'] ?? 'sqlite,postgres' },
    devices: { type: 'string', default: '500' },
    'ingest-devices': { type: 'string', default: '32' },
  },
});
const SECONDS = Number(values.seconds);
const INGEST_SECONDS = Number(values['ingest-seconds'] ?? Math.min(20, SECONDS));
const ENGINES = (values.engines ?? '').split(',').filter((e): e is Engine => e === 'sqlite' || e === 'postgres');
const FLOOR_DEVICES = Number(values.devices);
const INGEST_DEVICES = Number(values['ingest-devices']);
const FLOOR_TEAMS = 5;
const INGEST_TEAMS = 4;
const INTERVAL_MS = 5000;
const OFFLINE_CHANGES = 5000;
const TARGETS = { ingest: { sqlite: 10_000, postgres: 5_000 }, p99Ms: 100, catchUpMs: 3000 } as const;

const teams = (prefix: string, n: number, devices: number, name: string) =>
  Array.from({ length: n }, (_, t) => ({ team: `${prefix}-${t + 1}`, count: Math.floor(devices / n) + (t < devices % n ? 1 : 0), prefix: `${name} ${t + 1}.` }));

async function runEngine(target: Target) {
  const ingestSpecs = teams('ingest', INGEST_TEAMS, INGEST_DEVICES, 'Bulk rep');
  const floorSpecs = teams('floor', FLOOR_TEAMS, FLOOR_DEVICES, 'Rep');
  const offlineSpec = { team: 'floor-1', count: 1, prefix: 'Offline rep' };
  const pending = await createUsers(target, [...ingestSpecs, ...floorSpecs, offlineSpec]);
  await target.startServer();
  const all = await enrolAll(target.baseUrl, pending);
  const ingestDevices = all.slice(0, INGEST_DEVICES);
  const floor = all.slice(INGEST_DEVICES, INGEST_DEVICES + FLOOR_DEVICES);
  const offline = all.at(-1);
  if (!offline) throw new Error('no offline device enrolled');
  console.log(`[${target.engine}] ${all.length} devices enrolled; ingest for ${INGEST_SECONDS} s with ${ingestDevices.length} devices...`);

  const ingest = await measureIngest(target.baseUrl, ingestDevices, INGEST_SECONDS);
  console.log(`[${target.engine}] ingest: ${ingest.changesPerSecond} changes/s (${ingest.changes} changes in ${ingest.seconds} s, push p50 ${ingest.pushP50Ms} ms p99 ${ingest.pushP99Ms} ms)`);

  // The ingest leaves hundreds of megabytes of dirty pages and log behind; written out now,
  // so the floor is not measured through the checkpoint the ingest caused.
  await target.checkpoint();

  // The offline device was current when it went offline: its cursor is the space's head now.
  const teamCases = new Map(floorSpecs.map((s) => [s.team, teamCaseIds(50)]));
  const before = await pullUntilCurrent(target.baseUrl, offline.device, null);
  const outbox = prepareOfflineDevice(offline, teamCases.get(offline.team) ?? [], OFFLINE_CHANGES, Date.now());

  console.log(`[${target.engine}] floor: ${floor.length} devices syncing every ${INTERVAL_MS / 1000} s for ${SECONDS} s...`);
  const fleet = startFleet(target.baseUrl, floor, { seconds: SECONDS, intervalMs: INTERVAL_MS, teamCases });
  const outcome = await fleet.windowClosed
    .then(() => catchUp(target.baseUrl, offline, outbox, before.cursor))
    .then((figures) => ({ figures }), (error: unknown) => ({ error }));
  // Stopped even when the catch-up failed, so no device loop outlives the run.
  const samples = await fleet.stop();
  if ('error' in outcome) throw outcome.error;
  const caught = outcome.figures;
  const floorFigures = fleetFigures(samples, floor.length, SECONDS);
  console.log(formatRow(`[${target.engine}] push (${floorFigures.changesPushed} changes)`, percentiles(samples.push)));
  console.log(formatRow(`[${target.engine}] pull (${floorFigures.changesPulled} changes)`, percentiles(samples.pull)));
  console.log(`[${target.engine}] ${floorFigures.syncs} syncs, ${floorFigures.lateSyncs} started late (the previous one overran ${INTERVAL_MS / 1000} s)`);
  console.log(`[${target.engine}] catch-up: ${caught.ms} ms (pushed ${caught.pushed} in ${caught.pushes} pushes: ${caught.pushMs} ms; pulled ${caught.pulled} in ${caught.pulls} pulls: ${caught.pullMs} ms)`);

  const met = {
    ingest: ingest.changesPerSecond >= TARGETS.ingest[target.engine],
    p99: floorFigures.pushP99Ms <= TARGETS.p99Ms && floorFigures.pullP99Ms <= TARGETS.p99Ms,
    catchUp: caught.ms <= TARGETS.catchUpMs,
  };
  console.log(`[${target.engine}] targets: ingest >= ${TARGETS.ingest[target.engine]}/s ${met.ingest ? 'met' : 'MISSED'}; p99 <= ${TARGETS.p99Ms} ms ${met.p99 ? 'met' : 'MISSED'}; catch-up <= ${TARGETS.catchUpMs} ms ${met.catchUp ? 'met' : 'MISSED'}`);
  return { ingest, floor: floorFigures, catchUp: caught, targetsMet: met };
}

let current: Target | null = null;

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  for (const engine of ENGINES) {
    const target = await openTarget(engine);
    current = target;
    try {
      results[engine] = await runEngine(target);
    } finally {
      await target.stop();
    }
  }
  closeClient();
  console.log(JSON.stringify({ bench: 'sync', seconds: SECONDS, ingestSeconds: INGEST_SECONDS, intervalMs: INTERVAL_MS, ...results }));
}

// The load generator stops by itself: a run that hangs (a server that stops answering) is
// ended well after the longest it could legitimately take.
const hardStop = setTimeout(() => {
  console.error('bench:sync took too long; stopping');
  const stopping = current?.stop() ?? Promise.resolve();
  void Promise.race([stopping, new Promise((resolve) => setTimeout(resolve, 20_000))]).finally(() => process.exit(1));
}, (ENGINES.length * (SECONDS + INGEST_SECONDS) + 900) * 1000);
hardStop.unref();

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
