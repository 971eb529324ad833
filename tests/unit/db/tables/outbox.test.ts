import { LATEST_VERSION } from '../../../../db/migrations/registry.js';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../../core/model/index.js';
import { ChangeRecord, compareHlc, parseHlc } from '../../../../core/sync/index.js';
import { migrate, userVersion } from '../../../../db/migrations/migrate.js';
import { MIGRATIONS } from '../../../../db/migrations/registry.js';
import { openStore } from '../../../../db/open.js';
import { appendOutbox, deviceClock, markAcked, markRejected, outboxStats, pendingOutbox, type NewChange } from '../../../../db/tables/outbox.js';
import { writeTransaction, type WritableDb } from '../../../../db/transaction.js';
import { NOW, tempFile, tempStore, track } from '../helpers.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setCustomer(name: string, entityId = newId(NOW)): NewChange {
  return { id: newId(NOW), kind: 'set', entity: 'customer', entityId, fields: { name } };
}
function appendEvent(callId: string): NewChange {
  return { id: newId(NOW), kind: 'append', entity: 'call_event', entityId: callId, fields: { id: newId(NOW), type: 'mood.set', at: NOW } };
}
function doneCommitment(commitmentId: string): NewChange {
  return { id: newId(NOW), kind: 'terminal', entity: 'commitment', entityId: commitmentId, fields: { status: 'done' } };
}
const seqs = (db: Sqlite.Database) => db.prepare('SELECT seq FROM outbox ORDER BY seq').pluck().all() as number[];

describe('migration 0030 (outbox)', () => {
  it('keeps every 0020 row and adds one device with a UUIDv7 id and a zero clock', () => {
    const file = tempFile();
    const old = new Sqlite(file);
    migrate(old, MIGRATIONS.filter((m) => m.version <= 20));
    expect(userVersion(old)).toBe(20);
    old.exec(`
      INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES ('c1', 'Ann Lee', 'ann lee', NULL, 1, 1);
      INSERT INTO customer_phones (customer_id, e164, label, position, national, digits_rev) VALUES ('c1', '+14155552671', NULL, 0, '4155552671', '17625551414');
      INSERT INTO cases (id, customer_id, number, subject, status, category, created_at, updated_at) VALUES ('k1', 'c1', 'HRD-AAAA-BBBB', 'Refund', 'open', NULL, 2, 2);
      INSERT INTO calls (id, customer_id, case_id, phone, direction, rep_name, started_at, script_id) VALUES ('call1', 'c1', 'k1', '+14155552671', 'inbound', 'Dana', 3, 'default');
      INSERT INTO call_events (call_id, at, id, type, payload) VALUES ('call1', 3, 'e1', 'call.started', '{}');
      INSERT INTO commitments (id, customer_id, case_id, call_id, description, owner, due_at, created_at) VALUES ('m1', 'c1', 'k1', 'call1', 'Call back', 'Dana', 10, 4);
      INSERT INTO commitment_changes (commitment_id, at, action, due_at, by) VALUES ('m1', 4, 'made', 10, 'Dana');
      INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('hold.firstCheckinSec', '45', 5, 'Dana');
    `);
    const before = ['customers', 'customer_phones', 'cases', 'calls', 'call_events', 'commitments', 'commitment_changes', 'settings'].map((t) => [
      t,
      old.prepare(`SELECT * FROM ${t}`).all(),
    ]);
    old.close();

    const db = track(openStore(file));
    expect(userVersion(db)).toBe(LATEST_VERSION);
    // 0040 adds calls.remote (0 for every call made here); everything else is as it was.
    const withoutRemote = (rows: unknown[]) => rows.map((r) => {
      const { remote: _remote, ...rest } = r as Record<string, unknown>;
      return rest;
    });
    for (const [table, rows] of before) expect(withoutRemote(db.prepare(`SELECT * FROM ${table as string}`).all())).toEqual(rows);
    expect(db.prepare('SELECT remote FROM calls').pluck().all()).toEqual([0]);
    expect(db.prepare(`SELECT id FROM customers_fts JOIN customers ON customers.seq = customers_fts.rowid WHERE customers_fts MATCH 'ann'`).pluck().all()).toEqual(['c1']);
    const device = deviceClock(db);
    expect(device.node).toMatch(UUID7);
    expect(device).toMatchObject({ ms: 0, counter: 0 });
    expect(seqs(db)).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives each store its own device id, kept across reopening', () => {
    const file = tempFile();
    const a = openStore(file);
    const id = deviceClock(a).node;
    a.close();
    expect(deviceClock(track(openStore(file))).node).toBe(id);
    expect(deviceClock(tempStore()).node).not.toBe(id);
  });
});

describe('appendOutbox', () => {
  it('refuses to run outside a transaction, even with a forged handle', () => {
    const db = tempStore();
    // The type refuses the plain handle (tests/unit/db/transaction.test.ts); this is the run-time guard behind it.
    const forged = db as WritableDb;
    expect(() => appendOutbox(forged, setCustomer('Ann'), NOW)).toThrow(/inside the write's immediate transaction/);
    expect(seqs(db)).toEqual([]);
  });

  it('numbers changes of every kind 1, 2, 3... without gaps, across many transactions, and each is a valid ChangeRecord', () => {
    const db = tempStore();
    const callId = newId(NOW);
    const made: ChangeRecord[] = [];
    for (let i = 0; i < 60; i++) {
      const batch = [setCustomer(`Ann ${i}`), appendEvent(callId), doneCommitment(newId(NOW))].slice(0, 1 + (i % 3));
      made.push(...writeTransaction(db, (w) => appendOutbox(w, batch, NOW + i)));
    }
    const all = seqs(db);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(made.map((c) => c.seq)).toEqual(all);
    const pending = pendingOutbox(db, 1000);
    expect(pending).toHaveLength(all.length);
    for (const entry of pending) {
      const { createdAt, ...record } = entry;
      expect(createdAt).toBeGreaterThanOrEqual(NOW);
      expect(ChangeRecord.parse(record)).toEqual(record);
      expect(record.deviceId).toBe(deviceClock(db).node);
    }
    expect(new Set(pending.map((c) => c.kind))).toEqual(new Set(['set', 'append', 'terminal']));
  });

  it('keeps the clock monotonic when the wall clock jumps backwards, stands still or is unusable', () => {
    const db = tempStore();
    const walls = [NOW, NOW + 5, NOW - 60_000, NOW - 60_000, NOW, Number.NaN, -1, NOW + 1, NOW + 10_000, NOW - 3_600_000];
    const stamps = walls.map((wall) => writeTransaction(db, (w) => appendOutbox(w, setCustomer('Ann'), wall))[0]!.hlc);
    for (let i = 1; i < stamps.length; i++) expect(compareHlc(stamps[i - 1]!, stamps[i]!)).toBe(-1);
    expect(parseHlc(stamps.at(-1)!).ms).toBe(NOW + 10_000);
    // The state survives a reopen: the clock is in the store, not in memory.
    expect(deviceClock(db)).toMatchObject({ ms: NOW + 10_000, counter: 1 });
  });

  it('records the field clocks of set and terminal changes, never moving one backwards', () => {
    const db = tempStore();
    const customerId = newId(NOW);
    const [first] = writeTransaction(db, (w) => appendOutbox(w, { ...setCustomer('Ann', customerId), fields: { name: 'Ann', email: null } }, NOW));
    const [second] = writeTransaction(db, (w) => appendOutbox(w, setCustomer('Anne', customerId), NOW + 1));
    const clocks = db.prepare('SELECT field, hlc FROM field_clocks WHERE entity_id = ? ORDER BY field').all(customerId);
    expect(clocks).toEqual([
      { field: 'email', hlc: first!.hlc },
      { field: 'name', hlc: second!.hlc },
    ]);
    writeTransaction(db, (w) => appendOutbox(w, appendEvent(newId(NOW)), NOW + 2));
    expect(db.prepare('SELECT count(*) FROM field_clocks').pluck().get()).toBe(2);
  });

  it('rolls back with its transaction: a malformed change or a later throw leaves no outbox row and no clock move', () => {
    const db = tempStore();
    writeTransaction(db, (w) => appendOutbox(w, setCustomer('Ann'), NOW));
    const clock = deviceClock(db);
    const bad: NewChange = { id: newId(NOW), kind: 'set', entity: 'commitment', entityId: newId(NOW), fields: { status: 'done' } };
    expect(() => writeTransaction(db, (w) => appendOutbox(w, [setCustomer('Bob'), bad], NOW + 1))).toThrow(/terminal/);
    expect(() =>
      writeTransaction(db, (w) => {
        appendOutbox(w, setCustomer('Cy'), NOW + 2);
        throw new Error('crash before commit');
      }),
    ).toThrow('crash before commit');
    expect(seqs(db)).toEqual([1]);
    expect(deviceClock(db)).toEqual(clock);
    writeTransaction(db, (w) => appendOutbox(w, setCustomer('Dee'), NOW + 3));
    expect(seqs(db)).toEqual([1, 2]);
  });
});

describe('reading and acknowledging the outbox', () => {
  it('lists what waits in order, counts it with the oldest age, and drops acknowledged and rejected changes', () => {
    const db = tempStore();
    expect(outboxStats(db, NOW)).toEqual({ waiting: 0, rejected: 0, oldestWaitingAgeMs: null });
    for (let i = 0; i < 5; i++) writeTransaction(db, (w) => appendOutbox(w, setCustomer(`Ann ${i}`), NOW + i * 1000));
    expect(outboxStats(db, NOW + 10_000)).toEqual({ waiting: 5, rejected: 0, oldestWaitingAgeMs: 10_000 });
    expect(pendingOutbox(db, 2).map((c) => c.seq)).toEqual([1, 2]);

    expect(writeTransaction(db, (w) => markAcked(w, 2, NOW + 11_000))).toBe(2);
    expect(writeTransaction(db, (w) => markAcked(w, 2, NOW + 12_000))).toBe(0); // a repeated acknowledgement changes nothing
    expect(pendingOutbox(db, 10).map((c) => c.seq)).toEqual([3, 4, 5]);
    expect(outboxStats(db, NOW + 10_000)).toEqual({ waiting: 3, rejected: 0, oldestWaitingAgeMs: 8_000 });

    expect(writeTransaction(db, (w) => markRejected(w, 3, 'forbidden: not your customer', NOW + 13_000))).toBe(true);
    expect(writeTransaction(db, (w) => markRejected(w, 99, 'no such change'))).toBe(false);
    expect(pendingOutbox(db, 10).map((c) => c.seq)).toEqual([4, 5]);
    expect(outboxStats(db, NOW + 10_000)).toEqual({ waiting: 2, rejected: 1, oldestWaitingAgeMs: 7_000 });
    expect(db.prepare('SELECT rejected_reason FROM outbox WHERE seq = 3').pluck().get()).toBe('forbidden: not your customer');

    // Acknowledged rows stay, so the next seq is still max + 1.
    writeTransaction(db, (w) => appendOutbox(w, setCustomer('Eve'), NOW + 20_000));
    expect(seqs(db)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
