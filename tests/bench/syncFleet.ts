import { performance } from 'node:perf_hooks';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import { percentiles } from './stats.js';
import { expectAllAcked, pullPage, pushBatch } from './syncClient.js';
import type { BenchDevice } from './syncEnrol.js';
import { RepWorkload, rng } from './syncWorkload.js';

// A floor of devices syncing on a timer: each one, every intervalMs from a random phase,
// pushes the few changes its rep made since the last sync (0 to 4; none means no push,
// as a client with an empty outbox does), then pulls from its cursor until `more` is false.
// Every request's latency is recorded while the measuring window is open; after it closes
// the floor keeps syncing (so a catch-up measured then meets the same load) until stop().

// The desktop client's page size (backend/sync/loop.ts, PULL_PAGE).
export const PULL_LIMIT = 500;

export type FleetSamples = { push: number[]; pull: number[]; syncs: number; changesPushed: number; changesPulled: number; lateTicks: number };

export type Fleet = {
  /** Resolves when the measuring window has closed. */
  windowClosed: Promise<void>;
  /** Stops every device after its current sync and returns the window's samples. */
  stop: () => Promise<FleetSamples>;
};

/** Pulls from cursor until the server says there is no more; returns the new cursor and what came. */
export async function pullUntilCurrent(baseUrl: string, device: EnrolResponse, cursor: string | null, onPage?: (ms: number) => void): Promise<{ cursor: string | null; changes: number; pages: number }> {
  let changes = 0;
  for (let pages = 1; ; pages++) {
    const page = await pullPage(baseUrl, device, cursor, PULL_LIMIT);
    onPage?.(page.ms);
    changes += page.body.changes.length;
    cursor = page.body.cursor;
    if (!page.body.more) return { cursor, changes, pages };
    if (pages > 100_000) throw new Error('pull never reached the end');
  }
}

export function startFleet(baseUrl: string, devices: BenchDevice[], options: { seconds: number; intervalMs: number; teamCases: ReadonlyMap<string, readonly string[]> }): Fleet {
  const samples: FleetSamples = { push: [], pull: [], syncs: 0, changesPushed: 0, changesPulled: 0, lateTicks: 0 };
  const started = performance.now();
  const windowEnd = started + options.seconds * 1000;
  let stopping = false;
  const random = rng(7);

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

  const runDevice = async (d: BenchDevice, i: number): Promise<void> => {
    const work = new RepWorkload(d.device.deviceId, d.name, options.teamCases.get(d.team) ?? [], 5000 + i);
    let cursor: string | null = null;
    let tick = started + random() * options.intervalMs;
    while (!stopping) {
      await sleep(tick - performance.now());
      if (stopping) return;
      const inWindow = performance.now() < windowEnd;
      const fresh = work.take(Math.floor(random() * 5), Date.now());
      if (fresh.length > 0) {
        const answer = await pushBatch(baseUrl, d.device, fresh);
        expectAllAcked(answer.body, work.lastSeq);
        if (inWindow) {
          samples.push.push(answer.ms);
          samples.changesPushed += fresh.length;
        }
      }
      const pulled = await pullUntilCurrent(baseUrl, d.device, cursor, (ms) => {
        if (inWindow) samples.pull.push(ms);
      });
      cursor = pulled.cursor;
      if (inWindow) {
        samples.syncs++;
        samples.changesPulled += pulled.changes;
      }
      tick += options.intervalMs;
      // A sync that overran its interval starts the next one at once, and that is counted:
      // a floor that cannot keep its rhythm shows here, not only in the percentiles.
      if (tick < performance.now()) {
        if (inWindow) samples.lateTicks++;
        tick = performance.now();
      }
    }
  };

  const running = Promise.all(devices.map(runDevice));
  return {
    windowClosed: sleep(windowEnd - performance.now()).then(() => undefined),
    stop: async () => {
      stopping = true;
      await running;
      return samples;
    },
  };
}

export function fleetFigures(samples: FleetSamples, devices: number, seconds: number) {
  const push = percentiles(samples.push);
  const pull = percentiles(samples.pull);
  return {
    devices,
    seconds,
    syncs: samples.syncs,
    lateSyncs: samples.lateTicks,
    changesPushed: samples.changesPushed,
    changesPulled: samples.changesPulled,
    pushes: push.n,
    pushP50Ms: push.p50,
    pushP99Ms: push.p99,
    pushMaxMs: push.max,
    pulls: pull.n,
    pullP50Ms: pull.p50,
    pullP99Ms: pull.p99,
    pullMaxMs: pull.max,
  };
}
