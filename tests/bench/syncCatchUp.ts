import { performance } from 'node:perf_hooks';
import { SYNC_LIMITS } from '../../core/sync/messages.js';
import { expectAllAcked, pushBatch } from './syncClient.js';
import type { BenchDevice } from './syncEnrol.js';
import { pullUntilCurrent } from './syncFleet.js';
import { RepWorkload } from './syncWorkload.js';

// The device that was offline for 7 days: it synced last a week ago, its rep kept working
// (5,000 changes stamped over those 7 days), and its team kept writing meanwhile. Catch-up
// is the wall time from its first push to the pull that says nothing more is waiting: all
// 5,000 pushed in 500-change batches, one after another as the client sends them, then
// everything of its space it has not seen pulled page by page.

const DAY_MS = 86_400_000;

export type CatchUpFigures = { offlineDays: number; pushed: number; pushes: number; pushMs: number; pulled: number; pulls: number; pullMs: number; ms: number };

export function prepareOfflineDevice(d: BenchDevice, teamCases: readonly string[], changes: number, nowMs: number) {
  const work = new RepWorkload(d.device.deviceId, d.name, teamCases, 424242);
  // Stamped over the 7 days before reconnecting, the last a minute before it.
  const outbox = work.takeSpread(changes, nowMs - 7 * DAY_MS, nowMs - 60_000);
  return { outbox, lastSeq: work.lastSeq };
}

export async function catchUp(baseUrl: string, d: BenchDevice, outbox: ReturnType<typeof prepareOfflineDevice>, cursor: string | null): Promise<CatchUpFigures> {
  const started = performance.now();
  let pushes = 0;
  for (let at = 0; at < outbox.outbox.length; at += SYNC_LIMITS.pushChanges) {
    const batch = outbox.outbox.slice(at, at + SYNC_LIMITS.pushChanges);
    const answer = await pushBatch(baseUrl, d.device, batch);
    expectAllAcked(answer.body, (batch.at(-1) ?? { seq: 0 }).seq);
    pushes++;
  }
  const pushed = performance.now();
  const pulled = await pullUntilCurrent(baseUrl, d.device, cursor);
  const ended = performance.now();
  return {
    offlineDays: 7,
    pushed: outbox.outbox.length,
    pushes,
    pushMs: Math.round(pushed - started),
    pulled: pulled.changes,
    pulls: pulled.pages,
    pullMs: Math.round(ended - pushed),
    ms: Math.round(ended - started),
  };
}
