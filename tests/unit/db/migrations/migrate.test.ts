import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, userVersion } from '../../../../db/migrations/migrate.js';
import type { Migration } from '../../../../db/migrations/migration.js';
import { LATEST_VERSION, MIGRATIONS } from '../../../../db/migrations/registry.js';
import { openStore } from '../../../../db/open.js';
import { tempFile, tempStore, track } from '../helpers.js';

function rawDb(file = tempFile()) {
  return track(new Sqlite(file));
}

describe('migration registry', () => {
  it('is numbered in steps of 10, in order, with names matching their numbers', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe((i + 1) * 10);
      expect(m.name.startsWith(String(m.version).padStart(4, '0') + '_')).toBe(true);
    });
    expect(LATEST_VERSION).toBe(MIGRATIONS.at(-1)?.version);
  });
});

describe('migrate', () => {
  it('brings a fresh store to the latest version', () => {
    const db = rawDb();
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_VERSION });
    expect(userVersion(db)).toBe(LATEST_VERSION);
  });

  it('is idempotent: reopening keeps the version and the data', () => {
    const file = tempFile();
    const first = openStore(file);
    first.prepare(`INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', NULL, 1, 1)`).run();
    first.close();
    const again = track(openStore(file));
    expect(userVersion(again)).toBe(LATEST_VERSION);
    expect(migrate(again)).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    expect(again.prepare('SELECT name FROM customers').pluck().all()).toEqual(['Ann']);
  });

  it('refuses a store written by a newer version, with a clear message', () => {
    const file = tempFile();
    const db = rawDb(file);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    expect(() => openStore(file)).toThrow(
      `This Heard database was written by a newer version (${LATEST_VERSION + 10}); update the app.`,
    );
    expect(() => openStore(file, { readonly: true })).toThrow(/newer version/);
  });

  it('runs each migration in its own transaction: a failing step leaves the previous version', () => {
    const db = rawDb();
    const steps: Migration[] = [
      { version: 10, name: '0010_a', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 20,
        name: '0020_b',
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('step 20 failed');
        },
      },
    ];
    expect(() => migrate(db, steps)).toThrow('step 20 failed');
    expect(userVersion(db)).toBe(10);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toContain('a');
    expect(tables).not.toContain('b');
  });

  it('applies only the steps above the stored version, in order', () => {
    const db = rawDb();
    const ran: number[] = [];
    const steps: Migration[] = [10, 20, 30].map((version) => ({ version, name: `${version}`, up: () => void ran.push(version) }));
    db.pragma('user_version = 10');
    migrate(db, steps);
    expect(ran).toEqual([20, 30]);
    expect(userVersion(db)).toBe(30);
  });

  it('rejects a registry out of order', () => {
    const db = rawDb();
    const steps: Migration[] = [
      { version: 20, name: 'b', up: () => {} },
      { version: 10, name: 'a', up: () => {} },
    ];
    expect(() => migrate(db, steps)).toThrow(/out of order/);
    expect(userVersion(db)).toBe(0);
  });
});

describe('migration 0010 (initial schema)', () => {
  const insertCustomer = `INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES (?, ?, ?, NULL, 1, 1)`;

  it('creates the tables, indexes and full-text tables', () => {
    const db = tempStore();
    const names = db.prepare(`SELECT name FROM sqlite_master`).pluck().all();
    for (const table of ['customers', 'customer_phones', 'cases', 'calls', 'call_events', 'notes', 'commitments']) {
      expect(names).toContain(table);
    }
    for (const index of [
      'customer_phones_e164',
      'customer_phones_national',
      'customer_phones_digits_rev',
      'cases_customer_updated',
      'cases_customer_open',
      'calls_customer_started',
      'notes_call',
      'commitments_customer_status_due',
    ]) {
      expect(names).toContain(index);
    }
    for (const fts of ['customers_fts', 'cases_fts', 'notes_fts']) expect(names).toContain(fts);
  });

  it('refuses values outside the enums', () => {
    const db = tempStore();
    db.prepare(insertCustomer).run('c1', 'Ann', 'ann');
    const insertCase = db.prepare(
      `INSERT INTO cases (id, customer_id, number, subject, status, category, created_at, updated_at) VALUES (?, 'c1', ?, 'S', ?, NULL, 1, 1)`,
    );
    expect(() => insertCase.run('k1', 'HRD-0000-0001', 'reopened')).toThrow(/CHECK/);
    insertCase.run('k1', 'HRD-0000-0001', 'open');
    const insertCall = db.prepare(
      `INSERT INTO calls (id, customer_id, case_id, phone, direction, rep_name, started_at, ended_at, mood_start, mood_end, disposition, summary)
       VALUES (?, 'c1', 'k1', '+14155552671', ?, 'Rep', 10, 20, ?, NULL, NULL, NULL)`,
    );
    expect(() => insertCall.run('x1', 'sideways', 'calm')).toThrow(/CHECK/);
    expect(() => insertCall.run('x2', 'inbound', 'furious')).toThrow(/CHECK/);
    insertCall.run('x3', 'inbound', null);
    const insertCommitment = db.prepare(
      `INSERT INTO commitments (id, customer_id, case_id, call_id, description, owner, due_at, status, created_at, done_at)
       VALUES (?, 'c1', NULL, NULL, 'Call back', 'Rep', 5, ?, 1, ?)`,
    );
    expect(() => insertCommitment.run('m1', 'forgotten', null)).toThrow(/CHECK/);
    // done needs a done_at, open must not have one
    expect(() => insertCommitment.run('m2', 'done', null)).toThrow(/CHECK/);
    expect(() => insertCommitment.run('m3', 'open', 9)).toThrow(/CHECK/);
    insertCommitment.run('m4', 'done', 9);
    expect(() =>
      db.prepare(`INSERT INTO call_events (call_id, at, id, type, payload) VALUES ('x3', 1, 'e1', 'call.started', 'not json')`).run(),
    ).toThrow(/CHECK/);
  });

  it('keeps the full-text indexes in step with their tables through the triggers', () => {
    const db = tempStore();
    db.prepare(insertCustomer).run('c1', 'Zoë Müller', 'zoe muller');
    const find = db.prepare(`SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?`).pluck();
    expect(find.all('"zoe"')).toHaveLength(1);
    db.prepare(`UPDATE customers SET name = 'Zoë Schmidt' WHERE id = 'c1'`).run();
    expect(find.all('"muller"')).toHaveLength(0);
    expect(find.all('"schmidt"')).toHaveLength(1);
    db.prepare(`DELETE FROM customers WHERE id = 'c1'`).run();
    expect(find.all('"schmidt"')).toHaveLength(0);
    for (const fts of ['customers_fts', 'cases_fts', 'notes_fts']) {
      expect(() => db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run()).not.toThrow();
    }
  });

  it('a touched case does not churn its full-text row (the update trigger watches text columns only)', () => {
    const db = tempStore();
    db.prepare(insertCustomer).run('c1', 'Ann', 'ann');
    db.prepare(
      `INSERT INTO cases (id, customer_id, number, subject, status, category, created_at, updated_at)
       VALUES ('k1', 'c1', 'HRD-0000-0001', 'Refund not received', 'open', NULL, 1, 1)`,
    ).run();
    const triggers = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'cases_fts_update'`).pluck().get() as string;
    expect(triggers).toMatch(/AFTER UPDATE OF subject ON cases/);
    db.prepare(`UPDATE cases SET updated_at = 99 WHERE id = 'k1'`).run();
    expect(db.prepare(`SELECT count(*) FROM cases_fts WHERE cases_fts MATCH '"refund"'`).pluck().get()).toBe(1);
  });
});

describe('migration 0020 (the live call)', () => {
  const at10 = MIGRATIONS.filter((m) => m.version <= 10);

  /** A store at version 10 with a customer, a case, an ended call with its log and a note, and promises in every state. */
  function storeAt10() {
    const file = tempFile();
    const db = rawDb(file);
    migrate(db, at10);
    expect(userVersion(db)).toBe(10);
    db.exec(`
      INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES ('c1', 'Ann Lee', 'ann lee', NULL, 1, 1);
      INSERT INTO customer_phones (customer_id, e164, label, position, national, digits_rev) VALUES ('c1', '+14155552671', NULL, 0, '4155552671', '1762555514');
      INSERT INTO cases (id, customer_id, number, subject, status, category, created_at, updated_at) VALUES ('k1', 'c1', 'HRD-0000-0001', 'Refund', 'open', NULL, 10, 50);
      INSERT INTO calls (id, customer_id, case_id, phone, direction, rep_name, started_at, ended_at, mood_start, mood_end, disposition, summary)
        VALUES ('x1', 'c1', 'k1', '+14155552671', 'inbound', 'Sam', 20, 50, 'angry', 'calm', 'pending', 'Refund chased');
      INSERT INTO call_events (call_id, at, id, type, payload) VALUES ('x1', 20, 'e1', 'call.started', '{"scriptId":"heard"}'), ('x1', 50, 'e2', 'call.ended', '{}');
      INSERT INTO notes (id, customer_id, case_id, call_id, body, author, created_at) VALUES ('n1', 'c1', 'k1', 'x1', 'Refund stuck', 'Sam', 30);
      INSERT INTO commitments (id, customer_id, case_id, call_id, description, owner, due_at, status, created_at, done_at) VALUES
        ('m1', 'c1', 'k1', 'x1', 'Call back', 'Sam', 1000, 'open', 40, NULL),
        ('m2', 'c1', 'k1', 'x1', 'Send the form', 'Sam', 900, 'done', 41, 800),
        ('m3', 'c1', NULL, NULL, 'Email the label', 'Ana', 700, 'cancelled', 42, 600);
    `);
    return { db, file };
  }

  const snapshot = (db: ReturnType<typeof rawDb>) =>
    Object.fromEntries(
      ['customers', 'customer_phones', 'cases', 'calls', 'call_events', 'notes', 'commitments'].map((t) => [
        t,
        db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all().map((row) => {
          // Columns later migrations add (0020 script_id, 0040 remote) are checked on their own.
          const { script_id: _script, remote: _remote, ...rest } = row as Record<string, unknown>;
          return rest;
        }),
      ]),
    );

  it('keeps every row of a version-10 store and back-fills each promise\'s history', () => {
    const { db } = storeAt10();
    const before = snapshot(db);
    expect(migrate(db)).toEqual({ from: 10, to: LATEST_VERSION });
    expect(snapshot(db)).toEqual(before);
    expect(db.prepare('SELECT script_id FROM calls').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT remote FROM calls').pluck().all()).toEqual([0]);
    expect(db.prepare('SELECT commitment_id, at, action, due_at, previous_due_at, by, reason FROM commitment_changes ORDER BY commitment_id, seq').all()).toEqual([
      { commitment_id: 'm1', at: 40, action: 'made', due_at: 1000, previous_due_at: null, by: 'Sam', reason: null },
      { commitment_id: 'm2', at: 41, action: 'made', due_at: 900, previous_due_at: null, by: 'Sam', reason: null },
      { commitment_id: 'm2', at: 800, action: 'done', due_at: 900, previous_due_at: null, by: 'Sam', reason: null },
      { commitment_id: 'm3', at: 42, action: 'made', due_at: 700, previous_due_at: null, by: 'Ana', reason: null },
      { commitment_id: 'm3', at: 600, action: 'cancelled', due_at: 700, previous_due_at: null, by: 'Ana', reason: null },
    ]);
    for (const table of ['settings', 'handovers', 'hold_prompts']) expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    // The full-text index still finds what it found before.
    expect(db.prepare(`SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '"stuck"'`).pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('serves the new reads from indexes', () => {
    const db = tempStore();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan(`SELECT id FROM calls WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1`)).toMatch(/calls_live/);
    expect(plan(`SELECT m.id FROM commitments m WHERE m.status = 'open' AND m.due_at <= 5 ORDER BY m.due_at`)).toMatch(/commitments_open_due/);
    expect(plan(`SELECT id FROM handovers WHERE customer_id = 'c1' ORDER BY at DESC LIMIT 5`)).toMatch(/handovers_customer_at/);
    expect(plan(`SELECT at FROM commitment_changes WHERE commitment_id = 'm1' ORDER BY at, seq`)).toMatch(/commitment_changes_commitment/);
  });

  it('refuses values outside its enums', () => {
    const db = tempStore();
    db.exec(`INSERT INTO customers (id, name, name_norm, email, created_at, updated_at) VALUES ('c1', 'Ann', 'ann', NULL, 1, 1)`);
    db.exec(`INSERT INTO commitments (id, customer_id, case_id, call_id, description, owner, due_at, status, created_at, done_at) VALUES ('m1', 'c1', NULL, NULL, 'x', 'y', 1, 'open', 1, NULL)`);
    expect(() => db.exec(`INSERT INTO commitment_changes (commitment_id, at, action, due_at, by) VALUES ('m1', 1, 'forgotten', 1, 'x')`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('k', 'not json', 1, 'x')`)).toThrow(/CHECK/);
  });
});
