import type { Database } from 'better-sqlite3';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallEvent, reduceCall } from '../../../../core/call/index.js';
import { CASE_NUMBER_PATTERN, caseNumberFromId, CustomerHistory, Id } from '../../../../core/model/index.js';
import { customerHistory } from '../../../../db/read/history.js';
import { phoneSearchKeys } from '../../../../db/normalize.js';
import { search } from '../../../../db/read/search.js';
import { seedStore } from '../../../../db/seed/seedStore.js';
import { addCustomer, count, DAY, NOW, sharedStore, tempStore } from '../helpers.js';

const TABLES = {
  customers: 'seq',
  customer_phones: 'customer_id, e164',
  cases: 'seq',
  calls: 'id',
  call_events: 'call_id, at, id',
  notes: 'seq',
  commitments: 'id',
} as const;

function dump(db: Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().all();
  return out;
}

function seeded(customers: number, seed = 7): Database {
  const db = tempStore();
  seedStore(db, { customers, seed, now: NOW, batchSize: 97 });
  return db;
}

describe('seedStore', () => {
  it('is deterministic: the same seed and now give the same rows, whatever the batch size', () => {
    const a = seeded(150);
    const b = tempStore();
    seedStore(b, { customers: 150, seed: 7, now: NOW, batchSize: 1000 });
    expect(dump(b)).toEqual(dump(a));
    const c = seeded(150, 8);
    expect(dump(c).customers).not.toEqual(dump(a).customers);
  });

  it('reports the row counts it wrote', () => {
    const db = tempStore();
    const summary = seedStore(db, { customers: 200, seed: 3, now: NOW, callsPerCustomer: 2, eventsPerCall: 4 });
    expect(summary).toMatchObject({
      customers: 200,
      phones: count(db, 'customer_phones'),
      cases: count(db, 'cases'),
      calls: count(db, 'calls'),
      callEvents: count(db, 'call_events'),
      notes: count(db, 'notes'),
      commitments: count(db, 'commitments'),
    });
    expect(count(db, 'customers')).toBe(200);
    expect(summary.callEvents).toBe(summary.calls * 4);
    expect(summary.calls / 200).toBeGreaterThan(1.5);
    expect(summary.calls / 200).toBeLessThan(2.5);
  });

  describe('a seeded store', () => {
    const store = sharedStore();
    const db = store.db;
    beforeAll(() => void seedStore(db, { customers: 1200, seed: 7, now: NOW, batchSize: 500 }));
    afterAll(() => store.dispose());

    it('has only valid E.164 numbers, and every customer has one', () => {
      const phones = db.prepare(`SELECT e164, national, digits_rev AS digitsRev FROM customer_phones`).all() as {
        e164: string;
        national: string;
        digitsRev: string;
      }[];
      for (const p of phones) {
        const parsed = parsePhoneNumberFromString(p.e164);
        expect(parsed?.isValid(), p.e164).toBe(true);
        expect(parsed?.number).toBe(p.e164);
        expect({ national: p.national, digitsRev: p.digitsRev }).toEqual(phoneSearchKeys(p.e164));
      }
      expect(phones.some((p) => !p.e164.startsWith('+1'))).toBe(true);
      expect(db.prepare(`SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id)`).pluck().get()).toBe(0);
    });

    it('shares some numbers between customers of one household', () => {
      const shared = db.prepare(`SELECT count(*) FROM (SELECT e164 FROM customer_phones GROUP BY e164 HAVING count(*) > 1)`).pluck().get() as number;
      expect(shared).toBeGreaterThan(5);
      // ...but never the same name twice on one number (that is the duplicate the store refuses).
      const dupes = db
        .prepare(`SELECT count(*) FROM customer_phones p JOIN customers c ON c.id = p.customer_id GROUP BY p.e164, c.name_norm HAVING count(*) > 1`)
        .all();
      expect(dupes).toEqual([]);
    });

    it('is consistent: foreign keys, full-text indexes, ids, case numbers', () => {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      for (const fts of ['customers_fts', 'cases_fts', 'notes_fts']) {
        expect(() => db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run()).not.toThrow();
      }
      for (const table of ['customers', 'cases', 'calls', 'notes', 'commitments'] as const) {
        const ids = db.prepare(`SELECT id FROM ${table} ORDER BY rowid`).pluck().all() as string[];
        for (const value of ids) expect(Id.safeParse(value).success, value).toBe(true);
        // Made in insertion order, so every id index was appended to.
        expect([...ids].sort()).toEqual(ids);
      }
      const cases = db.prepare(`SELECT id, number FROM cases`).all() as { id: string; number: string }[];
      for (const c of cases) {
        expect(c.number).toMatch(CASE_NUMBER_PATTERN);
        expect(c.number).toBe(caseNumberFromId(c.id));
      }
    });

    it('has the situations a screen pop must show', () => {
      const q = (sql: string) => db.prepare(sql).pluck().get(NOW) as number;
      expect(q(`SELECT count(*) FROM cases WHERE updated_at >= ? - 7 * 86400000`)).toBeGreaterThan(20);
      expect(q(`SELECT count(*) FROM commitments WHERE status = 'open' AND due_at < ?`)).toBeGreaterThan(0);
      expect(q(`SELECT count(*) FROM commitments WHERE status = 'done' AND done_at <= ?`)).toBeGreaterThan(0);
      expect(q(`SELECT count(*) FROM calls WHERE mood_start = 'angry' AND started_at < ?`)).toBeGreaterThan(0);
      expect(q(`SELECT count(*) FROM calls WHERE max(started_at, ended_at) > ?`)).toBe(0);
      for (const status of ['open', 'pending', 'escalated', 'resolved', 'closed']) {
        expect(db.prepare(`SELECT count(*) FROM cases WHERE status = ?`).pluck().get(status)).toBeGreaterThan(0);
      }
    });

    it('writes call logs that are valid CallEvents and replay cleanly through the reducer', () => {
      const rows = db.prepare(`SELECT call_id AS callId, at, id, type, payload FROM call_events ORDER BY call_id, at, id`).all() as {
        callId: string;
        at: number;
        id: string;
        type: string;
        payload: string;
      }[];
      const byCall = new Map<string, CallEvent[]>();
      for (const { payload, ...row } of rows) {
        const event = CallEvent.parse({ ...row, ...(JSON.parse(payload) as object) });
        byCall.set(row.callId, [...(byCall.get(row.callId) ?? []), event]);
      }
      expect(byCall.size).toBe(count(db, 'calls'));
      for (const events of byCall.values()) {
        const state = reduceCall(events);
        expect(state.anomalies).toEqual([]);
        if (events.length >= 2) expect(state.endedAt).toBe(events.at(-1)?.at);
      }
    });

    it('keeps long call logs valid too', () => {
      const long = tempStore();
      seedStore(long, { customers: 20, seed: 2, now: NOW, eventsPerCall: 16 });
      const rows = long.prepare(`SELECT call_id AS callId, at, id, type, payload FROM call_events ORDER BY call_id, at, id`).all() as {
        callId: string;
        payload: string;
      }[];
      const byCall = new Map<string, CallEvent[]>();
      for (const { payload, ...row } of rows) {
        byCall.set(row.callId, [...(byCall.get(row.callId) ?? []), CallEvent.parse({ ...row, ...(JSON.parse(payload) as object) })]);
      }
      for (const events of byCall.values()) {
        expect(events).toHaveLength(16);
        expect(reduceCall(events).anomalies).toEqual([]);
      }
    });

    it('gives histories that match the schema, with repeat marks for recent cases', () => {
      const ids = db.prepare(`SELECT id FROM customers ORDER BY seq LIMIT 300`).pluck().all() as string[];
      let repeats = 0;
      for (const customerId of ids) {
        const history = customerHistory(db, customerId, NOW);
        CustomerHistory.parse(history);
        if (history?.repeat) repeats++;
      }
      expect(repeats).toBeGreaterThan(10);
    });

    it('puts the store back in normal mode: pragmas and full-text triggers restored', () => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['customer_phones_e164', 'customer_phones_national', 'customer_phones_digits_rev', 'cases_number', 'cases_number_tail']));
      const triggers = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_fts_*'`).pluck().get();
      expect(triggers).toBe(9);
      const added = addCustomer(db, 'Zebulon Quartermaine', ['+14155550199'], NOW - DAY);
      expect(search(db, 'zebulon', 5).map((h) => h.id)).toEqual([added]);
    });
  });

  it('refuses a store that already has customers', () => {
    const db = tempStore();
    addCustomer(db, 'Ann Lee', ['+14155552671']);
    expect(() => seedStore(db, { customers: 10, now: NOW })).toThrow(/empty store/);
  });
});
