import fc from 'fast-check';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import { hlcSend, initialHlc, type HlcState } from '../../core/sync/hlc.js';
import type { PushResponse } from '../../core/sync/messages.js';
import { pullPage, pushBatch } from '../bench/syncClient.js';
import { changeFor, nextId, writeOp, type EntityPool } from './syncSim.js';

// A device for the server kill -9 test: real ChangeRecords (as the fault simulation builds
// them) in an outbox that only grows, pushed over HTTP from the first unacknowledged seq.
// A push that dies with the server (connection reset or refused) is retried once the server
// is back, with the same seqs and the same content, until the server acknowledges it. Any
// HTTP answer but a clean 200 taking the whole batch fails the test.

export type KillDevice = {
  device: EnrolResponse;
  hlc: HlcState;
  /** outbox[i].seq === i + 1; never changes once written. */
  outbox: ChangeRecord[];
  acked: number;
  /** The push on the wire, if any: what a kill may cut. */
  sending: { first: number; last: number } | null;
  retries: number;
};

export function newDevice(device: EnrolResponse): KillDevice {
  return { device, hlc: initialHlc(device.deviceId), outbox: [], acked: 0, sending: null, retries: 0 };
}

/** Makes 1-5 local writes, chosen by fast-check from seed (replayable content). */
export function writeSome(d: KillDevice, pool: EntityPool, seed: number): void {
  const [ops] = fc.sample(fc.array(writeOp, { minLength: 1, maxLength: 5 }), { seed, numRuns: 1 });
  for (const op of ops ?? []) {
    const tick = hlcSend(d.hlc, Date.now());
    d.hlc = tick.state;
    d.outbox.push(changeFor(op, { deviceId: d.device.deviceId, seq: d.outbox.length + 1, id: nextId(), hlc: tick.stamp }, pool));
  }
}

/** A failure of the connection itself (the server died or is not up yet), as opposed to an answer. */
function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ECONNABORTED'].includes(code);
}

export type PushHooks = {
  batch: number;
  /** Called as each push goes on the wire (the kill's trigger). */
  onSend: () => void;
  /** Called when a push was acknowledged, with its round trip. */
  onAck: (ms: number) => void;
  /** Resolves when the server listens again. */
  serverUp: () => Promise<void>;
};

export async function pushUntilAcked(baseUrl: string, d: KillDevice, hooks: PushHooks): Promise<void> {
  while (d.acked < d.outbox.length) {
    const changes = d.outbox.slice(d.acked, d.acked + hooks.batch);
    const first = d.acked + 1;
    const last = first + changes.length - 1;
    d.sending = { first, last };
    hooks.onSend();
    let answer: PushResponse;
    let ms: number;
    try {
      ({ body: answer, ms } = await pushBatch(baseUrl, d.device, changes));
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      d.retries++;
      await hooks.serverUp();
      continue;
    } finally {
      d.sending = null;
    }
    // The batch always starts at the first unacknowledged seq and only grows on a retry,
    // so whatever the server held already, the answer takes it whole.
    const expected: PushResponse = { ackedThrough: last, rejected: [], stoppedAtGap: null, clockRefused: [] };
    if (JSON.stringify(answer) !== JSON.stringify(expected)) {
      throw new Error(`push ${first}..${last} of ${d.device.deviceId}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(answer)}`);
    }
    d.acked = last;
    hooks.onAck(ms);
  }
}

/** Every change of the space, read from the beginning by a device that made none. */
export async function pullAll(baseUrl: string, reader: EnrolResponse): Promise<ChangeRecord[]> {
  const all: ChangeRecord[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100_000; page++) {
    const { body } = await pullPage(baseUrl, reader, cursor, 137);
    all.push(...body.changes);
    cursor = body.cursor;
    if (!body.more) return all;
  }
  throw new Error('pull never finished');
}
