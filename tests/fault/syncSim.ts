import fc from 'fast-check';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import { hlcReceive, hlcSend, initialHlc } from '../../core/sync/hlc.js';
import { applyChange } from '../../core/sync/merge.js';
import { PullResponse, PushResponse, type PushRequest } from '../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../core/sync/protocol.js';
import type { EntityState } from '../../core/sync/state.js';
import { enrolOk, newUserCode, type Harness } from '../unit/server/harness.js';
import { expectedPush, restampUnacked, skewArb, type ClockedClient } from './clockSkewModel.js';

// A deterministic model of N offline-first clients syncing through the real server (fastify
// inject), with network faults injected between client and server. The schedule comes from
// fast-check; the only non-determinism left is the server-issued device ids and tokens,
// which no assertion depends on.

// ---------------------------------------------------------------- the schedule

export type WriteOp =
  | { t: 'setCustomer'; slot: number; field: 'name' | 'phone' | 'email'; value: number }
  | { t: 'setCase'; slot: number; field: 'status' | 'owner' | 'priority'; value: number }
  | { t: 'appendEvent'; slot: number }
  | { t: 'appendNote'; slot: number }
  | { t: 'closeCommitment'; slot: number; status: 'done' | 'cancelled' }
  | { t: 'setDueAt'; slot: number; value: number };

export type PushFault = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'concurrentDuplicate' | 'hold' | 'serverFails';
export type Op =
  | { t: 'write'; client: number; write: WriteOp; dtMs: number }
  | { t: 'push'; client: number; batch: number; pipelined: boolean; fault: PushFault; failAt: number }
  | { t: 'deliver'; client: number; pick: number; dropResponse: boolean }
  | { t: 'pull'; client: number; limit: number; fault: 'ok' | 'dropResponse' | 'duplicate' }
  /** Every client pushes its next batch at the same moment (concurrent transactions on one space). */
  | { t: 'burst'; batch: number }
  /** The client's wall clock jumps to a new skew (the date fixed by hand, NTP). */
  | { t: 'clock'; client: number; skewMs: number };

export type History = { clients: number; skewsMs: number[]; ops: Op[]; healBatch: number; readerLimit: number };

const SLOTS = 2;
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
export const writeOp: fc.Arbitrary<WriteOp> = fc.oneof(
  fc.record({ t: fc.constant('setCustomer' as const), slot, field: fc.constantFrom('name' as const, 'phone' as const, 'email' as const), value: fc.nat(9) }),
  fc.record({ t: fc.constant('setCase' as const), slot, field: fc.constantFrom('status' as const, 'owner' as const, 'priority' as const), value: fc.nat(9) }),
  fc.record({ t: fc.constant('appendEvent' as const), slot }),
  fc.record({ t: fc.constant('appendNote' as const), slot }),
  fc.record({ t: fc.constant('closeCommitment' as const), slot, status: fc.constantFrom('done' as const, 'cancelled' as const) }),
  fc.record({ t: fc.constant('setDueAt' as const), slot, value: fc.nat(1_000_000) }),
);

export function historyArb(maxOps: number): fc.Arbitrary<History> {
  return fc.integer({ min: 2, max: 6 }).chain((clients) => {
    const client = fc.nat(clients - 1);
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ t: fc.constant('write' as const), client, write: writeOp, dtMs: fc.integer({ min: 0, max: 400 }) }) },
      {
        weight: 3,
        arbitrary: fc.record({
          t: fc.constant('push' as const),
          client,
          batch: fc.integer({ min: 1, max: 4 }),
          pipelined: fc.boolean(),
          fault: fc.constantFrom<PushFault>('ok', 'dropRequest', 'dropResponse', 'duplicate', 'concurrentDuplicate', 'hold', 'hold', 'serverFails'),
          failAt: fc.nat(3),
        }),
      },
      { weight: 1, arbitrary: fc.record({ t: fc.constant('burst' as const), batch: fc.integer({ min: 1, max: 4 }) }) },
      { weight: 1, arbitrary: fc.record({ t: fc.constant('clock' as const), client, skewMs: skewArb }) },
      { weight: 1, arbitrary: fc.record({ t: fc.constant('deliver' as const), client, pick: fc.nat(5), dropResponse: fc.boolean() }) },
      {
        weight: 2,
        arbitrary: fc.record({
          t: fc.constant('pull' as const),
          client,
          limit: fc.integer({ min: 1, max: 5 }),
          fault: fc.constantFrom('ok' as const, 'ok' as const, 'dropResponse' as const, 'duplicate' as const),
        }),
      },
    );
    return fc.record({
      clients: fc.constant(clients),
      skewsMs: fc.array(skewArb, { minLength: clients, maxLength: clients }),
      ops: fc.array(op, { minLength: 1, maxLength: maxOps, size: 'max' }),
      healBatch: fc.integer({ min: 1, max: 7 }),
      readerLimit: fc.integer({ min: 1, max: 9 }),
    });
  });
}

// ---------------------------------------------------------------- ids

let idCounter = 0;
/** Deterministic, valid (v7 / RFC variant) UUIDs, unique within the process. */
export function nextId(): string {
  const n = (++idCounter).toString(16).padStart(12, '0');
  return `00000000-0000-7000-8000-${n}`;
}

export type EntityPool = Record<'customer' | 'case' | 'call' | 'commitment', string[]>;

/** The shared pool of entity ids for one history. */
export function entityPool(): EntityPool {
  const make = () => Array.from({ length: SLOTS }, () => nextId());
  return { customer: make(), case: make(), call: make(), commitment: make() };
}

/** The change record a write makes, given its device, seq, id and stamp. */
export function changeFor(op: WriteOp, base: Pick<ChangeRecord, 'deviceId' | 'seq' | 'id' | 'hlc'>, pool: EntityPool): ChangeRecord {
  const pick = (kind: keyof EntityPool, i: number): string => {
    const id = pool[kind][i];
    if (!id) throw new SimError(`no ${kind} slot ${i}`);
    return id;
  };
  switch (op.t) {
    case 'setCustomer':
      return { ...base, kind: 'set', entity: 'customer', entityId: pick('customer', op.slot), fields: { [op.field]: `${op.field}-${op.value}` } };
    case 'setCase':
      return { ...base, kind: 'set', entity: 'case', entityId: pick('case', op.slot), fields: { [op.field]: `${op.field}-${op.value}` } };
    case 'appendEvent':
      return { ...base, kind: 'append', entity: 'call_event', entityId: pick('call', op.slot), fields: { id: nextId(), type: 'hold.started' } };
    case 'appendNote':
      return { ...base, kind: 'append', entity: 'note', entityId: pick('case', op.slot), fields: { id: nextId(), body: `note ${base.seq}` } };
    case 'closeCommitment':
      return { ...base, kind: 'terminal', entity: 'commitment', entityId: pick('commitment', op.slot), fields: { status: op.status } };
    case 'setDueAt':
      return { ...base, kind: 'set', entity: 'commitment', entityId: pick('commitment', op.slot), fields: { dueAt: op.value } };
  }
}

// ---------------------------------------------------------------- clients

export type Replica = Map<string, EntityState>;
const keyOf = (c: Pick<ChangeRecord, 'entity' | 'entityId'>) => `${c.entity}/${c.entityId}`;

type Client = ClockedClient & {
  device: EnrolResponse;
  /** This client's wall clock minus the server's. */
  skewMs: number;
  /** Push requests sent but held up in the network, delivered later or at heal. */
  inflight: PushRequest[];
  cursor: string | null;
  /** Other devices' changes pulled so far, by id: with the outbox, what the replica is made of. */
  received: Map<string, ChangeRecord>;
  replica: Replica;
};

export function applyTo(replica: Replica, change: ChangeRecord): void {
  const result = applyChange(replica.get(keyOf(change)) ?? null, change);
  if (result.outcome === 'rejected') throw new Error(`replica refused ${change.id}: ${result.reason ?? ''}`);
  replica.set(keyOf(change), result.state);
}

export class SimError extends Error {
  override name = 'SimError';
}

function check(cond: boolean, message: () => string): asserts cond {
  if (!cond) throw new SimError(message());
}

export class Simulation {
  readonly clients: Client[] = [];
  /** What the server must hold as each device's position (the model of the server). */
  readonly serverPos = new Map<string, number>();
  private readonly pool = entityPool();
  private simMs: number;
  requests = 0;
  /** What the faults made the server do, summed over every history (a generator sanity check). */
  static readonly stats = {
    gapStops: 0,
    fullySkipped: 0,
    partlySkipped: 0,
    droppedRequests: 0,
    droppedResponses: 0,
    duplicates: 0,
    concurrentDuplicates: 0,
    bursts: 0,
    held: 0,
    serverFailures: 0,
    changes: 0,
    clockRefusals: 0,
    restamps: 0,
    restampsDeferred: 0,
    clockJumps: 0,
  };

  constructor(
    private readonly h: Harness,
    readonly team: string,
  ) {
    this.simMs = h.clock.now.getTime();
  }

  // Admins of one team: the only role that may append to a call another user took
  // (corrections), so every client can write every entity of the shared pool and the
  // simulation tests merging, not access rules (tests/unit/server/roles.test.ts does those).
  async enrolClients(skews: number[]): Promise<void> {
    for (const skewMs of skews) {
      const device = await enrolOk(this.h, await newUserCode(this.h, 'admin', this.team));
      this.clients.push({ device, skewMs, offsetMs: 0, hlc: initialHlc(device.deviceId), outbox: [], acked: 0, inflight: [], cursor: null, received: new Map(), replica: new Map() });
      this.serverPos.set(device.deviceId, 0);
    }
  }

  async newReader(): Promise<EnrolResponse> {
    return enrolOk(this.h, await newUserCode(this.h, 'admin', this.team));
  }

  private post(device: EnrolResponse, url: '/v1/push' | '/v1/pull', payload: object) {
    this.requests++;
    return this.h.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${device.token}`, 'x-heard-device': device.deviceId },
      payload,
    });
  }

  // ------------------------------------------------------------ local writes

  write(ci: number, op: WriteOp, dtMs: number): void {
    const c = this.client(ci);
    this.simMs += dtMs;
    this.h.clock.now = new Date(this.simMs);
    // Never refused, whatever the clock says (DESIGN.md, Clocks).
    const tick = hlcSend(c.hlc, this.stampWall(c));
    c.hlc = tick.state;
    const base = { deviceId: c.device.deviceId, seq: c.outbox.length + 1, id: nextId(), hlc: tick.stamp };
    const change = changeFor(op, base, this.pool);
    c.outbox.push(change);
    Simulation.stats.changes++;
    applyTo(c.replica, change);
  }

  /** The client's own wall clock, as it reads it. */
  private wall(c: Client): number {
    return this.simMs + c.skewMs;
  }

  /** What the client stamps with: its wall clock corrected by the offset the server taught it. */
  private stampWall(c: Client): number {
    return this.wall(c) + c.offsetMs;
  }

  // ------------------------------------------------------------ push

  private batchFrom(c: Client, from: number, size: number): PushRequest {
    return { protocol: PROTOCOL_VERSION, deviceId: c.device.deviceId, changes: c.outbox.slice(from - 1, from - 1 + size) };
  }

  /** Sends one push as the server will see it, and checks its answer against the model. */
  private async deliver(c: Client, request: PushRequest): Promise<PushResponse> {
    const response = await this.post(c.device, '/v1/push', request);
    check(response.statusCode === 200, () => `push ${c.device.deviceId}: ${response.statusCode} ${response.body}`);
    const body = PushResponse.parse(response.json());
    const pos = this.serverPos.get(c.device.deviceId) ?? 0;
    const first = request.changes[0]?.seq;
    const last = request.changes.at(-1)?.seq;
    const expected = expectedPush(request.changes, pos, this.h.clock.now.getTime());
    if (expected.clockRefused.length > 0) Simulation.stats.clockRefusals++;
    check(
      JSON.stringify(body) === JSON.stringify(expected),
      () => `push seqs ${first}..${last} at server position ${pos}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(body)}`,
    );
    this.serverPos.set(c.device.deviceId, expected.ackedThrough);
    if (first !== undefined && last !== undefined) {
      if (expected.stoppedAtGap !== null) Simulation.stats.gapStops++;
      else if (last <= pos) Simulation.stats.fullySkipped++;
      else if (first <= pos) Simulation.stats.partlySkipped++;
    }
    return body;
  }

  private hear(c: Client, body: PushResponse): void {
    c.acked = Math.max(c.acked, body.ackedThrough);
    const refused = body.clockRefused[0];
    if (!refused) return;
    // A copy of a waiting change still held in the network carries its old stamp: re-stamped
    // here, the server could get both under one seq and take the device for a clone. So the
    // client re-stamps only with nothing of its own in flight; a later push is refused again
    // and re-stamps then.
    if (c.inflight.length > 0) {
      Simulation.stats.restampsDeferred++;
      return;
    }
    Simulation.stats.restamps++;
    restampUnacked(c, refused.serverNow, this.wall(c));
    // Own changes now carry new stamps: the replica is the merge of the outbox as it is now
    // and what was pulled from others (merge is order-independent, so rebuilding is exact).
    c.replica = new Map();
    for (const change of c.outbox) applyTo(c.replica, change);
    for (const change of c.received.values()) applyTo(c.replica, change);
  }

  /**
   * The server fails midway through a push, after storing failAt changes of it (the
   * harness's afterStore hook throws): the answer is a 500 and the transaction must leave
   * nothing behind, so the model's position does not move.
   */
  private async failMidway(c: Client, request: PushRequest, failAt: number): Promise<void> {
    this.h.faults.afterStore = (index) => {
      if (index === failAt) throw new Error('injected: server failed midway through a push');
    };
    try {
      const pos = this.serverPos.get(c.device.deviceId) ?? 0;
      const expected = expectedPush(request.changes, pos, this.h.clock.now.getTime());
      const response = await this.post(c.device, '/v1/push', request);
      if (failAt < expected.ackedThrough - pos) {
        Simulation.stats.serverFailures++;
        check(response.statusCode === 500, () => `push meant to fail midway answered ${response.statusCode} ${response.body}`);
      } else {
        // The hook never fired: an ordinary push, whose answer the client never hears.
        check(response.statusCode === 200, () => `push: ${response.statusCode} ${response.body}`);
        const body = PushResponse.parse(response.json());
        check(JSON.stringify(body) === JSON.stringify(expected), () => `push answered ${JSON.stringify(body)} at position ${pos}, expected ${JSON.stringify(expected)}`);
        this.serverPos.set(c.device.deviceId, expected.ackedThrough);
      }
    } finally {
      delete this.h.faults.afterStore;
    }
  }

  async push(ci: number, batch: number, pipelined: boolean, fault: PushFault, failAt = 0): Promise<void> {
    const c = this.client(ci);
    const inflightTop = Math.max(c.acked, ...c.inflight.map((r) => r.changes.at(-1)?.seq ?? 0));
    const from = (pipelined ? inflightTop : c.acked) + 1;
    const request = this.batchFrom(c, from, batch);
    if (request.changes.length === 0) return;
    switch (fault) {
      case 'ok':
        this.hear(c, await this.deliver(c, request));
        return;
      case 'dropRequest':
        Simulation.stats.droppedRequests++;
        return;
      case 'dropResponse':
        Simulation.stats.droppedResponses++;
        await this.deliver(c, request);
        return;
      case 'duplicate': {
        Simulation.stats.duplicates++;
        const a = await this.deliver(c, request);
        const b = await this.deliver(c, request);
        this.hear(c, a);
        this.hear(c, b);
        return;
      }
      case 'concurrentDuplicate': {
        // Both copies in flight at once: the second waits on the space lock, then skips.
        Simulation.stats.concurrentDuplicates++;
        const [a, b] = await Promise.all([this.deliver(c, request), this.deliver(c, request)]);
        this.hear(c, a);
        this.hear(c, b);
        return;
      }
      case 'hold':
        Simulation.stats.held++;
        c.inflight.push(request);
        return;
      case 'serverFails':
        await this.failMidway(c, request, failAt);
        return;
    }
  }

  async burst(batch: number): Promise<void> {
    Simulation.stats.bursts++;
    const sends = this.clients.map((c) => ({ c, request: this.batchFrom(c, c.acked + 1, batch) })).filter((x) => x.request.changes.length > 0);
    const bodies = await Promise.all(sends.map(({ c, request }) => this.deliver(c, request)));
    sends.forEach(({ c }, i) => this.hear(c, bodies[i] as PushResponse));
  }

  async deliverHeld(ci: number, pick: number, dropResponse: boolean): Promise<void> {
    const c = this.client(ci);
    if (c.inflight.length === 0) return;
    const [request] = c.inflight.splice(pick % c.inflight.length, 1);
    if (!request) return;
    const body = await this.deliver(c, request);
    if (!dropResponse) this.hear(c, body);
  }

  // ------------------------------------------------------------ pull

  private async pullOnce(device: EnrolResponse, cursor: string | null, limit: number): Promise<PullResponse> {
    const response = await this.post(device, '/v1/pull', { protocol: PROTOCOL_VERSION, cursor, limit });
    check(response.statusCode === 200, () => `pull: ${response.statusCode} ${response.body}`);
    return PullResponse.parse(response.json());
  }

  private take(c: Client, body: PullResponse): void {
    for (const change of body.changes) {
      applyTo(c.replica, change);
      if (change.deviceId !== c.device.deviceId) c.received.set(change.id, change);
      c.hlc = hlcReceive(c.hlc, change.hlc, this.stampWall(c)).state;
    }
    c.cursor = body.cursor;
  }

  async pull(ci: number, limit: number, fault: 'ok' | 'dropResponse' | 'duplicate'): Promise<boolean> {
    const c = this.client(ci);
    const before = c.cursor;
    const body = await this.pullOnce(c.device, before, limit);
    if (fault === 'dropResponse') return body.more;
    this.take(c, body);
    if (fault === 'duplicate') {
      // The same request again (a retransmit): the same page, applied twice, is a no-op.
      const again = await this.pullOnce(c.device, before, limit);
      for (const change of again.changes) applyTo(c.replica, change);
    }
    return body.more;
  }

  // ------------------------------------------------------------ heal

  async heal(batch: number): Promise<void> {
    // The network comes back: whatever is still held is delivered (the client may or may
    // not hear), then every client pushes until its whole outbox is acknowledged.
    for (const c of this.clients) {
      while (c.inflight.length > 0) {
        const request = c.inflight.shift() as PushRequest;
        await this.deliver(c, request);
      }
    }
    for (const c of this.clients) {
      for (let i = 0; c.acked < c.outbox.length; i++) {
        // One more round for a clock refusal and its re-stamp.
        check(i <= c.outbox.length + 2, () => `push never acknowledged ${c.device.deviceId}'s outbox`);
        this.hear(c, await this.deliver(c, this.batchFrom(c, c.acked + 1, batch)));
      }
    }
    for (let i = 0; i < this.clients.length; i++) {
      for (let page = 0; ; page++) {
        check(page < 10_000, () => 'pull never finished');
        const c = this.client(i);
        const body = await this.pullOnce(c.device, c.cursor, batch);
        this.take(c, body);
        if (!body.more) break;
      }
    }
  }

  /** Every change visible to the team, read from the beginning by a device that made none. */
  async readAll(reader: EnrolResponse, limit: number): Promise<ChangeRecord[]> {
    const all: ChangeRecord[] = [];
    let cursor: string | null = null;
    for (let page = 0; ; page++) {
      check(page < 10_000, () => 'reader pull never finished');
      const body = await this.pullOnce(reader, cursor, limit);
      all.push(...body.changes);
      cursor = body.cursor;
      if (!body.more) return all;
    }
  }

  async run(op: Op): Promise<void> {
    switch (op.t) {
      case 'write':
        this.write(op.client, op.write, op.dtMs);
        return;
      case 'push':
        await this.push(op.client, op.batch, op.pipelined, op.fault, op.failAt);
        return;
      case 'burst':
        await this.burst(op.batch);
        return;
      case 'deliver':
        await this.deliverHeld(op.client, op.pick, op.dropResponse);
        return;
      case 'pull':
        await this.pull(op.client, op.limit, op.fault);
        return;
      case 'clock':
        Simulation.stats.clockJumps++;
        this.client(op.client).skewMs = op.skewMs;
        return;
    }
  }

  private client(i: number): Client {
    const c = this.clients[i];
    if (!c) throw new SimError(`no client ${i}`);
    return c;
  }
}

/** The comparable part of a replica: per entity, the derived view and the log's change ids. */
export function viewOf(replica: Replica): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [...replica.keys()].sort()) {
    const s = replica.get(key) as EntityState;
    out[key] = {
      fields: s.fields,
      history: s.history,
      rows: s.rows,
      conflicts: s.conflicts,
      terminal: s.terminal,
      lostTerminals: s.lostTerminals,
      rejected: s.rejected,
      log: s.log.map((c) => c.id),
    };
  }
  return out;
}
