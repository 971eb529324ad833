import { performance } from 'node:perf_hooks';
import { SYNC_LIMITS } from '../../core/sync/messages.js';
import { percentiles } from './stats.js';
import { expectAllAcked, pushBatch } from './syncClient.js';
import type { BenchDevice } from './syncEnrol.js';
import { RepWorkload, teamCaseIds } from './syncWorkload.js';

// Ingest throughput of one server process: every device pushes full batches (500 changes,
// the protocol's cap) back to back, all devices at once, for a fixed time. The figure is
// changes acknowledged per second of wall time, from the first push to the last answer.
// Each device first pushes one batch outside the timing, so JIT warm-up and first
// connections are not counted.

export type IngestFigures = { devices: number; changes: number; seconds: number; changesPerSecond: number; pushP50Ms: number; pushP99Ms: number };

export async function measureIngest(baseUrl: string, devices: BenchDevice[], seconds: number): Promise<IngestFigures> {
  const teamCases = new Map<string, string[]>();
  const workloads = devices.map((d, i) => {
    if (!teamCases.has(d.team)) teamCases.set(d.team, teamCaseIds(50));
    return new RepWorkload(d.device.deviceId, d.name, teamCases.get(d.team) ?? [], 1000 + i);
  });
  const pushOne = async (i: number): Promise<number> => {
    const w = workloads[i] as RepWorkload;
    const batch = w.take(SYNC_LIMITS.pushChanges, Date.now());
    const answer = await pushBatch(baseUrl, (devices[i] as BenchDevice).device, batch);
    expectAllAcked(answer.body, w.lastSeq);
    return answer.ms;
  };

  await Promise.all(devices.map((_, i) => pushOne(i)));

  const latencies: number[] = [];
  let changes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    devices.map(async (_, i) => {
      while (performance.now() < deadline) {
        latencies.push(await pushOne(i));
        changes += SYNC_LIMITS.pushChanges;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const p = percentiles(latencies);
  return { devices: devices.length, changes, seconds: round(elapsed), changesPerSecond: Math.round(changes / elapsed), pushP50Ms: p.p50, pushP99Ms: p.p99 };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
