import { describe, expect, it } from 'vitest';
import { openStore } from '../../../db/open.js';
import { LATEST_VERSION } from '../../../db/migrations/registry.js';
import { tempFile, tempStore, track } from './helpers.js';

describe('openStore', () => {
  it('sets the pragmas explicitly', () => {
    const db = tempStore();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 = FULL: better-sqlite3 builds WAL with NORMAL (1) by default.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('creates and migrates a new file', () => {
    const db = tempStore();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });

  it('opens a migrated store read-only without writing pragmas', () => {
    const file = tempFile();
    tempStore(file).close();
    const ro = track(openStore(file, { readonly: true }));
    expect(ro.readonly).toBe(true);
    expect(ro.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => ro.prepare('DELETE FROM customers').run()).toThrow(/readonly/i);
  });

  it('enforces foreign keys', () => {
    const db = tempStore();
    expect(() =>
      db
        .prepare(`INSERT INTO customer_phones (customer_id, e164, label, position, national, digits_rev) VALUES (?, ?, ?, ?, ?, ?)`)
        .run('no-such-customer', '+14155552671', null, 0, '4155552671', '17625551414'),
    ).toThrow(/FOREIGN KEY/);
  });
});
