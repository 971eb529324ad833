import type { Database } from 'better-sqlite3';
import { perDatabase } from '../prepared.js';

// Which hold prompts the backend's timer has fired (migration 0020): a restart re-arms from
// the log and skips these, so an overdue prompt fires once.

export type HoldPromptKind = 'checkin_due' | 'checkin_late' | 'offer_callback';
export type FiredPrompt = { kind: HoldPromptKind; holdStartedAt: number; checkinNumber: number };
export type FiredPromptRow = FiredPrompt & { callId: string; dueAt: number; firedAt: number };

const statements = perDatabase((db: Database) => ({
  ofCall: db.prepare<[string], FiredPrompt>(
    `SELECT kind, hold_started_at AS holdStartedAt, checkin_number AS checkinNumber FROM hold_prompts WHERE call_id = ?`,
  ),
  insert: db.prepare<[string, HoldPromptKind, number, number, number, number]>(
    `INSERT OR IGNORE INTO hold_prompts (call_id, kind, hold_started_at, checkin_number, due_at, fired_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
}));

export function firedPrompts(db: Database, callId: string): FiredPrompt[] {
  return statements(db).ofCall.all(callId);
}

export function insertFiredPrompt(db: Database, p: FiredPromptRow): void {
  statements(db).insert.run(p.callId, p.kind, p.holdStartedAt, p.checkinNumber, p.dueAt, p.firedAt);
}
