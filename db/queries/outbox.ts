import type { Database } from 'better-sqlite3';
import { ChangeRecord, hlcSend, type ChangeKind, type Entity, type HlcState, type JsonValue } from '../../core/sync/index.js';
import { perDatabase } from './prepared.js';

// The device's outbox (migration 0030): every local write appends its change records here
// in the same immediate transaction as its domain rows (DESIGN.md, Sync), so a kill -9
// leaves both or neither, and seq stays gapless: max + 1 under the write lock.

/** A change as a write path describes it; the outbox adds the device, seq and stamp. */
export type NewChange = {
  id: string;
  kind: ChangeKind;
  entity: Entity;
  entityId: string;
  fields: Record<string, JsonValue>;
};

export type OutboxEntry = ChangeRecord & { createdAt: number };
export type OutboxStats = { waiting: number; rejected: number; oldestWaitingAgeMs: number | null };

type DeviceRow = { id: string; hlcMs: number; hlcCounter: number };
type OutboxRow = { seq: number; id: string; entity: string; entityId: string; kind: string; fields: string; hlc: string; createdAt: number };

const statements = perDatabase((db: Database) => ({
  device: db.prepare<[], DeviceRow>(`SELECT id, hlc_ms AS hlcMs, hlc_counter AS hlcCounter FROM device WHERE one = 1`),
  setClock: db.prepare<[number, number]>(`UPDATE device SET hlc_ms = ?, hlc_counter = ? WHERE one = 1`),
  maxSeq: db.prepare<[], number>(`SELECT coalesce(max(seq), 0) FROM outbox`).pluck(),
  insert: db.prepare<[number, string, string, string, string, string, string, number]>(
    `INSERT INTO outbox (seq, id, entity, entity_id, kind, fields, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  // A field's clock only moves forward: a merged remote stamp already newer stays.
  fieldClock: db.prepare<[string, string, string, string]>(
    `INSERT INTO field_clocks (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > field_clocks.hlc`,
  ),
  pending: db.prepare<[number], OutboxRow>(
    `SELECT seq, id, entity, entity_id AS entityId, kind, fields, hlc, created_at AS createdAt
     FROM outbox WHERE acked_at IS NULL ORDER BY seq LIMIT ?`,
  ),
  stats: db.prepare<[], { waiting: number; oldest: number | null }>(
    `SELECT count(*) AS waiting, min(created_at) AS oldest FROM outbox WHERE acked_at IS NULL`,
  ),
  rejected: db.prepare<[], number>(`SELECT count(*) FROM outbox WHERE rejected_reason IS NOT NULL`).pluck(),
  ack: db.prepare<[number, number]>(`UPDATE outbox SET acked_at = ? WHERE seq <= ? AND acked_at IS NULL`),
  reject: db.prepare<[string, number, number]>(`UPDATE outbox SET rejected_reason = ?, acked_at = ? WHERE seq = ?`),
}));

/** This store's device id and its clock as last stamped. */
export function deviceClock(db: Database): HlcState {
  const row = statements(db).device.get();
  if (!row) throw new Error('the store has no device row (migration 0030)');
  return { ms: row.hlcMs, counter: row.hlcCounter, node: row.id };
}

/**
 * Stamps the changes and appends them to the outbox, in order. Must run inside the
 * caller's immediate transaction (it refuses otherwise): the seq it takes and the clock it
 * advances are only gapless and monotonic under that write lock, and only atomic with the
 * domain rows if they commit together. Each record is checked against core/sync's
 * ChangeRecord before it is written; a malformed one throws and so rolls back the write.
 */
export function appendOutbox(db: Database, changes: NewChange | readonly NewChange[], wallNow: number): ChangeRecord[] {
  if (!db.inTransaction) throw new Error('appendOutbox must run inside the write\'s immediate transaction');
  const s = statements(db);
  let clock = deviceClock(db);
  let seq = s.maxSeq.get() ?? 0;
  // A wall clock that is no number must not refuse the write either: the stamp's ms stands in.
  const createdAt = (): number => (Number.isFinite(wallNow) ? Math.floor(wallNow) : clock.ms);
  const out: ChangeRecord[] = [];
  for (const change of Array.isArray(changes) ? changes : [changes as NewChange]) {
    const tick = hlcSend(clock, wallNow);
    clock = tick.state;
    seq += 1;
    const record = ChangeRecord.parse({ ...change, deviceId: clock.node, seq, hlc: tick.stamp });
    s.insert.run(record.seq, record.id, record.entity, record.entityId, record.kind, JSON.stringify(record.fields), record.hlc, createdAt());
    if (record.kind === 'set' || (record.kind === 'terminal' && record.entity === 'commitment')) {
      for (const field of Object.keys(record.fields)) s.fieldClock.run(record.entity, record.entityId, field, record.hlc);
    }
    out.push(record);
  }
  s.setClock.run(clock.ms, clock.counter);
  return out;
}

/** The oldest changes not yet acknowledged, in seq order, as they are pushed. */
export function pendingOutbox(db: Database, limit: number): OutboxEntry[] {
  const deviceId = deviceClock(db).node;
  return statements(db)
    .pending.all(limit)
    .map((r) => ({
      deviceId,
      seq: r.seq,
      id: r.id,
      kind: r.kind as ChangeKind,
      entity: r.entity as Entity,
      entityId: r.entityId,
      fields: JSON.parse(r.fields) as Record<string, JsonValue>,
      hlc: r.hlc,
      createdAt: r.createdAt,
    }));
}

/** How much is waiting to sync, and how long the oldest has waited (null when none). */
export function outboxStats(db: Database, now: number): OutboxStats {
  const s = statements(db);
  const row = s.stats.get() ?? { waiting: 0, oldest: null };
  return { waiting: row.waiting, rejected: s.rejected.get() ?? 0, oldestWaitingAgeMs: row.oldest === null ? null : Math.max(0, now - row.oldest) };
}

/** The server has everything up to and including throughSeq; returns how many rows it acknowledged. */
export function markAcked(db: Database, throughSeq: number, now: number = Date.now()): number {
  return statements(db).ack.run(now, throughSeq).changes;
}

/**
 * The server stored this change as rejected (forbidden, illegal). It is kept with its
 * reason for the rep to see, and counts as acknowledged: the server's position moved past it.
 */
export function markRejected(db: Database, seq: number, reason: string, now: number = Date.now()): boolean {
  return statements(db).reject.run(reason, now, seq).changes === 1;
}
