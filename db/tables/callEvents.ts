import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// A call's append-only log (call_events, migration 0010), keyed (call_id, at, id): the
// key's order is the log's apply order, and events merge by union on it (DESIGN.md, Sync).

export type StoredEventRow = { at: number; id: string; type: string; payload: string };
export type LogVersion = { count: number; lastAt: number | null };

export type NewCallEvent = {
  id: string;
  callId: string;
  at: number;
  type: string;
  /** Any JSON-serialisable value (the event without its envelope); stored as JSON text. */
  payload?: unknown;
};

const INSERT = `INSERT INTO call_events (call_id, at, id, type, payload) VALUES (?, ?, ?, ?, ?)`;
type InsertParams = [string, number, string, string, string];

const statements = perDatabase((db: ReadableDb) => ({
  // The primary key's order (call_id, at, id) is the log's apply order: one range read.
  events: db.prepare<[string], StoredEventRow>(`SELECT at, id, type, payload FROM call_events WHERE call_id = ? ORDER BY at, id`),
  version: db.prepare<[string], LogVersion>(`SELECT count(*) AS count, max(at) AS lastAt FROM call_events WHERE call_id = ?`),
  insert: db.prepare<InsertParams>(INSERT),
  // Union merge: an event already in the log (same key) is the same event.
  insertIfNew: db.prepare<InsertParams>(`${INSERT} ON CONFLICT DO NOTHING`),
}));

export function callEventRows(db: ReadableDb, callId: string): StoredEventRow[] {
  return statements(db).events.all(callId);
}

/** How many events the log holds and its latest time: whether a cached fold is still current. */
export function callLogVersion(db: ReadableDb, callId: string): LogVersion {
  return statements(db).version.get(callId) ?? { count: 0, lastAt: null };
}

/**
 * Appends one event to a call's log. A live write refuses a key already logged (the
 * command checked its id first, so that would be a bug); `ifNew`, for merging a pulled
 * log, skips it instead.
 */
export function insertCallEvent(w: WritableDb, e: NewCallEvent, options: { ifNew?: boolean } = {}): void {
  const s = statements(w);
  (options.ifNew ? s.insertIfNew : s.insert).run(e.callId, e.at, e.id, e.type, JSON.stringify(e.payload ?? {}));
}
