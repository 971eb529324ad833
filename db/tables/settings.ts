import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Settings as JSON values by key (migration 0020). Callers own the keys and validate the
// values they read back: a value written by a newer app may not fit an older schema.

const statements = perDatabase((db: ReadableDb) => ({
  get: db.prepare<[string], string>(`SELECT value FROM settings WHERE key = ?`).pluck(),
  put: db.prepare<[string, string, number, string]>(
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ),
}));

/** The parsed JSON value, or undefined when the key was never set. */
export function readSetting(db: ReadableDb, key: string): unknown {
  const text = statements(db).get.get(key);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

export function writeSetting(w: WritableDb, key: string, value: unknown, at: number, by: string): void {
  statements(w).put.run(key, JSON.stringify(value), at, by);
}
