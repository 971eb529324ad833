import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Which hold prompts the backend's timer has fired (migration 0020): a restart re-arms from
// the log and skips these, so an overdue prompt fires once.

export type HoldPromptKind = 'checkin_due' | 'checkin_late' | 'offer_callback';
export type FiredPrompt = { kind: HoldPromptKind; holdStartedAt: number; checkinNumber: number };
export type FiredPromptRow = FiredPrompt & { callId: string; dueAt: number; firedAt: number };

const statements = perDatabase((db: ReadableDb) => ({
  ofCall: db.prepare<[string], FiredPrompt>(
    `SELECT kind, hold_started_at AS holdStartedAt, checkin_number AS checkinNumber FROM hold_prompts WHERE call_id = ?`,
  ),
  insert: db.prepare<[string, HoldPromptKind, number, number, number, number]>(
    `INSERT OR IGNORE INTO hold_prompts (call_id, kind, hold_started_at, checkin_number, due_at, fired_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ),
}));

export function firedPrompts(db: ReadableDb, callId: string): FiredPrompt[] {
  return statements(db).ofCall.all(callId);
}

/** A prompt fired again (the same hold and check-in) is already noted: kept once. */
export function insertFiredPrompt(w: WritableDb, p: FiredPromptRow): void {
  statements(w).insert.run(p.callId, p.kind, p.holdStartedAt, p.checkinNumber, p.dueAt, p.firedAt);
}
