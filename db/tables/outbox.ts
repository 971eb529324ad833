import { ChangeRecord, hlcReceive, hlcSend, restamp, type ChangeKind, type Entity, type HlcState, type JsonValue } from '../../core/sync/index.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

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

/** Refused changes after this seq: the ones the rep has not reviewed. */
export function rejectedAfter(db: ReadableDb, seq: number): number {
  return statements(db).rejectedAfter.get(seq) ?? 0;
}

type DeviceRow = { id: string; hlcMs: number; hlcCounter: number };
type OutboxRow = { seq: number; id: string; entity: string; entityId: string; kind: string; fields: string; hlc: string; createdAt: number };

const statements = perDatabase((db: ReadableDb) => ({
  device: db.prepare<[], DeviceRow>(`SELECT id, hlc_ms AS hlcMs, hlc_counter AS hlcCounter FROM device WHERE one = 1`),
  setClock: db.prepare<[number, number]>(`UPDATE device SET hlc_ms = ?, hlc_counter = ? WHERE one = 1`),
  offset: db.prepare<[], number>(`SELECT clock_offset_ms FROM device WHERE one = 1`).pluck(),
  setOffset: db.prepare<[number]>(`UPDATE device SET clock_offset_ms = ? WHERE one = 1`),
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
  rejectedAfter: db.prepare<[number], number>(`SELECT count(*) FROM outbox WHERE rejected_reason IS NOT NULL AND seq > ?`).pluck(),
  ack: db.prepare<[number, number]>(`UPDATE outbox SET acked_at = ? WHERE seq <= ? AND acked_at IS NULL`),
  reject: db.prepare<[string, number, number]>(`UPDATE outbox SET rejected_reason = ?, acked_at = ? WHERE seq = ?`),
  // This device's own changes to one entity that the server has not refused, in seq order.
  forEntity: db.prepare<[string, string], OutboxRow>(
    `SELECT seq, id, entity, entity_id AS entityId, kind, fields, hlc, created_at AS createdAt
     FROM outbox WHERE entity = ? AND entity_id = ? AND rejected_reason IS NULL ORDER BY seq`,
  ),
  allWaiting: db.prepare<[], OutboxRow>(
    `SELECT seq, id, entity, entity_id AS entityId, kind, fields, hlc, created_at AS createdAt
     FROM outbox WHERE acked_at IS NULL ORDER BY seq`,
  ),
  setHlc: db.prepare<[string, number]>(`UPDATE outbox SET hlc = ? WHERE seq = ? AND acked_at IS NULL`),
  rejectedList: db.prepare<[number], OutboxRow & { reason: string; ackedAt: number }>(
    `SELECT seq, id, entity, entity_id AS entityId, kind, fields, hlc, created_at AS createdAt,
            rejected_reason AS reason, acked_at AS ackedAt
     FROM outbox WHERE rejected_reason IS NOT NULL ORDER BY seq DESC LIMIT ?`,
  ),
  // The server says it holds nothing from this seq on (a restored server): send them again.
  unackFrom: db.prepare<[number]>(`UPDATE outbox SET acked_at = NULL WHERE seq >= ? AND rejected_reason IS NULL`),
}));

function toRecord(deviceId: string, r: OutboxRow): OutboxEntry {
  return {
    deviceId,
    seq: r.seq,
    id: r.id,
    kind: r.kind as ChangeKind,
    entity: r.entity as Entity,
    entityId: r.entityId,
    fields: JSON.parse(r.fields) as Record<string, JsonValue>,
    hlc: r.hlc,
    createdAt: r.createdAt,
  };
}

/** This store's device id and its clock as last stamped. */
export function deviceClock(db: ReadableDb): HlcState {
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
export function appendOutbox(w: WritableDb, changes: NewChange | readonly NewChange[], wallNow: number): ChangeRecord[] {
  if (!w.inTransaction) throw new Error('appendOutbox must run inside the write\'s immediate transaction');
  const s = statements(w);
  let clock = deviceClock(w);
  let seq = s.maxSeq.get() ?? 0;
  const stampWall = wallNow + clockOffset(w);
  // A wall clock that is no number must not refuse the write either: the stamp's ms stands in.
  const createdAt = (): number => (Number.isFinite(wallNow) ? Math.floor(wallNow) : clock.ms);
  const out: ChangeRecord[] = [];
  for (const change of Array.isArray(changes) ? changes : [changes as NewChange]) {
    const tick = hlcSend(clock, stampWall);
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

/** The last seq written: a cheap way to notice that a command wrote changes. */
export function outboxHighWater(db: ReadableDb): number {
  return statements(db).maxSeq.get() ?? 0;
}

/** The oldest changes not yet acknowledged, in seq order, as they are pushed. */
export function pendingOutbox(db: ReadableDb, limit: number): OutboxEntry[] {
  const deviceId = deviceClock(db).node;
  return statements(db)
    .pending.all(limit)
    .map((r) => toRecord(deviceId, r));
}

/** This device's changes to one entity, except those the server refused: what it merges over pulled state. */
export function ownChangesFor(db: ReadableDb, entity: Entity, entityId: string): OutboxEntry[] {
  const deviceId = deviceClock(db).node;
  return statements(db)
    .forEntity.all(entity, entityId)
    .map((r) => toRecord(deviceId, r));
}

export type RejectedEntry = OutboxEntry & { reason: string; rejectedAt: number };

/** The newest changes the server refused, with its reasons: what the rep reviews. */
export function rejectedOutbox(db: ReadableDb, limit: number): RejectedEntry[] {
  const deviceId = deviceClock(db).node;
  return statements(db)
    .rejectedList.all(limit)
    .map((r) => ({ ...toRecord(deviceId, r), reason: r.reason, rejectedAt: r.ackedAt }));
}

/**
 * The server refused stamps as too far in its future (this device's wall clock is ahead):
 * re-stamps every unacknowledged change, in seq order, from the current wall clock
 * (core/sync restamp), and carries the device clock on from there. Acknowledged changes
 * keep their stamps: the server holds them as they are. Must run in an immediate transaction.
 */
export function restampWaiting(w: WritableDb, wallNow: number): number {
  if (!w.inTransaction) throw new Error('restampWaiting must run inside an immediate transaction');
  const s = statements(w);
  const waiting = s.allWaiting.all();
  const { changes, state } = restamp(waiting, deviceClock(w), wallNow + clockOffset(w));
  for (const change of changes) s.setHlc.run(change.hlc, change.seq);
  s.setClock.run(state.ms, state.counter);
  return changes.length;
}

/**
 * How far to correct this desk's wall clock when stamping (0 unless the server told us it is
 * off by more than it tolerates). Only stamps use it; due times and "waiting since" stay on
 * the desk's own clock, which is what the rep sees.
 */
export function clockOffset(db: ReadableDb): number {
  return statements(db).offset.get() ?? 0;
}

export function setClockOffset(w: WritableDb, offsetMs: number): void {
  statements(w).setOffset.run(Math.round(offsetMs));
}

/** Takes in a pulled stamp, so this device's next stamps sort after what it has seen. */
export function receiveClock(w: WritableDb, remote: string, wallNow: number): void {
  const next = hlcReceive(deviceClock(w), remote, wallNow + clockOffset(w)).state;
  statements(w).setClock.run(next.ms, next.counter);
}

/** The server holds nothing of this device from `seq` on: mark those changes waiting again. */
export function unackFrom(w: WritableDb, seq: number): number {
  return statements(w).unackFrom.run(seq).changes;
}

/** How much is waiting to sync, and how long the oldest has waited (null when none). */
export function outboxStats(db: ReadableDb, now: number): OutboxStats {
  const s = statements(db);
  const row = s.stats.get() ?? { waiting: 0, oldest: null };
  return { waiting: row.waiting, rejected: s.rejected.get() ?? 0, oldestWaitingAgeMs: row.oldest === null ? null : Math.max(0, now - row.oldest) };
}

/** The server has everything up to and including throughSeq; returns how many rows it acknowledged. */
export function markAcked(w: WritableDb, throughSeq: number, now: number = Date.now()): number {
  return statements(w).ack.run(now, throughSeq).changes;
}

/**
 * The server stored this change as rejected (forbidden, illegal). It is kept with its
 * reason for the rep to see, and counts as acknowledged: the server's position moved past it.
 */
export function markRejected(w: WritableDb, seq: number, reason: string, now: number = Date.now()): boolean {
  return statements(w).reject.run(reason, now, seq).changes === 1;
}

/**
 * This store's identity is held by another device (a copied store file, or a desk the
 * server knows under another user). Takes a new device id and keeps every change not yet
 * acknowledged, renumbered from 1 and re-stamped under the new id, so they are sent as the
 * new device's own; acknowledged ones are the old identity's, already on the server, and
 * are dropped from the outbox. Nothing the rep wrote is lost. Immediate transaction only.
 */
export function adoptNewDeviceId(w: WritableDb, deviceId: string, wallNow: number): number {
  if (!w.inTransaction) throw new Error('adoptNewDeviceId must run inside an immediate transaction');
  w.prepare(`DELETE FROM outbox WHERE acked_at IS NOT NULL`).run();
  const seqs = w.prepare<[], number>(`SELECT seq FROM outbox ORDER BY seq`).pluck().all();
  // Ascending, each row moves down to its rank: every lower number is free by then.
  const move = w.prepare<[number, number]>(`UPDATE outbox SET seq = ? WHERE seq = ?`);
  seqs.forEach((seq, i) => move.run(i + 1, seq));
  w.prepare<[string]>(`UPDATE device SET id = ?, hlc_ms = 0, hlc_counter = 0 WHERE one = 1`).run(deviceId);
  return restampWaiting(w, wallNow);
}
