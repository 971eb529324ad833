import type { CommitmentStatus } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Promises to callers (commitments, migration 0010) and each one's history
// (commitment_changes, 0020): the callback list, one promise with its history, and the
// writes that keep them. Open-by-due-time reads use the partial index
// commitments_open_due (migration 0020); their WHERE repeats its predicate exactly.

export type CommitmentRecord = {
  id: string;
  customerId: string;
  customerName: string;
  caseId: string | null;
  caseNumber: string | null;
  callId: string | null;
  description: string;
  owner: string;
  dueAt: number;
  status: CommitmentStatus;
  createdAt: number;
  doneAt: number | null;
};

export type NewCommitment = {
  id: string;
  customerId: string;
  caseId: string | null;
  callId: string | null;
  description: string;
  owner: string;
  dueAt: number;
  /** Defaults to open. */
  status?: CommitmentStatus;
  createdAt: number;
  /** When it became done or cancelled; required for those, null (the default) while open. */
  doneAt?: number | null;
};

/** A promise as the merged sync state has it: the fields the projection writes over the row. */
export type MergedCommitment = { description: string; owner: string; dueAt: number; status: CommitmentStatus; doneAt: number | null };

export type CommitmentChangeAction = 'made' | 'rescheduled' | 'done' | 'cancelled';
export type CommitmentChangeRecord = {
  at: number;
  action: CommitmentChangeAction;
  dueAt: number;
  previousDueAt: number | null;
  by: string;
  reason: string | null;
};

const SELECT = `SELECT m.id, m.customer_id AS customerId, c.name AS customerName, m.case_id AS caseId, cs.number AS caseNumber,
    m.call_id AS callId, m.description, m.owner, m.due_at AS dueAt, m.status, m.created_at AS createdAt, m.done_at AS doneAt
  FROM commitments m JOIN customers c ON c.id = m.customer_id LEFT JOIN cases cs ON cs.id = m.case_id`;

const statements = perDatabase((db: ReadableDb) => ({
  byId: db.prepare<[string], CommitmentRecord>(`${SELECT} WHERE m.id = ?`),
  dueBy: db.prepare<[number, number], CommitmentRecord>(`${SELECT} WHERE m.status = 'open' AND m.due_at <= ? ORDER BY m.due_at, m.id LIMIT ?`),
  // Newest first, so a cap keeps the most recent; the caller puts them back in due order.
  dueBetween: db.prepare<[number, number, number], CommitmentRecord>(
    `${SELECT} WHERE m.status = 'open' AND m.due_at > ? AND m.due_at <= ? ORDER BY m.due_at DESC, m.id DESC LIMIT ?`,
  ),
  nextDueAfter: db.prepare<[number], number | null>(`SELECT min(due_at) FROM commitments WHERE status = 'open' AND due_at > ?`).pluck(),
  changes: db.prepare<[string], CommitmentChangeRecord>(
    `SELECT at, action, due_at AS dueAt, previous_due_at AS previousDueAt, by, reason
     FROM commitment_changes WHERE commitment_id = ? ORDER BY at, seq`,
  ),
  dueAndStatus: db.prepare<[string], { dueAt: number; status: CommitmentStatus }>(`SELECT due_at AS dueAt, status FROM commitments WHERE id = ?`),
  customerOf: db.prepare<[string], string>(`SELECT customer_id FROM commitments WHERE id = ?`).pluck(),
  insert: db.prepare<[string, string, string | null, string | null, string, string, number, CommitmentStatus, number, number | null]>(
    `INSERT INTO commitments (id, customer_id, case_id, call_id, description, owner, due_at, status, created_at, done_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  insertChange: db.prepare<[string, number, CommitmentChangeAction, number, number | null, string, string | null]>(
    `INSERT INTO commitment_changes (commitment_id, at, action, due_at, previous_due_at, by, reason) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
  close: db.prepare<[CommitmentStatus, number, string]>(`UPDATE commitments SET status = ?, done_at = ? WHERE id = ? AND status = 'open'`),
  setDue: db.prepare<[number, string]>(`UPDATE commitments SET due_at = ? WHERE id = ? AND status = 'open'`),
  setMerged: db.prepare<[string, string, number, CommitmentStatus, number | null, string]>(
    `UPDATE commitments SET description = ?, owner = ?, due_at = ?, status = ?, done_at = ? WHERE id = ?`,
  ),
}));

export function getCommitmentRecord(db: ReadableDb, id: string): CommitmentRecord | null {
  return statements(db).byId.get(id) ?? null;
}

/** Open promises due at or before `until`, earliest (so overdue) first. */
export function openCommitmentsDueBy(db: ReadableDb, until: number, limit: number): CommitmentRecord[] {
  return statements(db).dueBy.all(until, limit);
}

/** Open promises that fell due in (after, upTo], at most `limit` of the latest, in due order. */
export function openCommitmentsDueBetween(db: ReadableDb, after: number, upTo: number, limit: number): CommitmentRecord[] {
  return statements(db).dueBetween.all(after, upTo, limit).reverse();
}

/** The next due time of an open promise after `after`, if any. */
export function nextOpenDueAfter(db: ReadableDb, after: number): number | null {
  return statements(db).nextDueAfter.get(after) ?? null;
}

export function commitmentChanges(db: ReadableDb, id: string): CommitmentChangeRecord[] {
  return statements(db).changes.all(id);
}

export function commitmentDueAndStatus(db: ReadableDb, id: string): { dueAt: number; status: CommitmentStatus } | null {
  return statements(db).dueAndStatus.get(id) ?? null;
}

export function commitmentCustomerId(db: ReadableDb, id: string): string | null {
  return statements(db).customerOf.get(id) ?? null;
}

/** The promise alone; its first history entry ('made') is insertCommitmentChange, in the same transaction. */
export function insertCommitment(w: WritableDb, m: NewCommitment): void {
  statements(w).insert.run(m.id, m.customerId, m.caseId, m.callId, m.description, m.owner, m.dueAt, m.status ?? 'open', m.createdAt, m.doneAt ?? null);
}

export function insertCommitmentChange(w: WritableDb, commitmentId: string, change: CommitmentChangeRecord): void {
  statements(w).insertChange.run(commitmentId, change.at, change.action, change.dueAt, change.previousDueAt, change.by, change.reason);
}

/** Done or cancelled, from open only (terminal states never move). */
export function closeCommitment(w: WritableDb, id: string, status: 'done' | 'cancelled', at: number): boolean {
  return statements(w).close.run(status, at, id).changes === 1;
}

export function setCommitmentDue(w: WritableDb, id: string, dueAt: number): boolean {
  return statements(w).setDue.run(dueAt, id).changes === 1;
}

/** The merged value of every field over the row (sync projection); terminal states are settled by the merge, not here. */
export function updateMergedCommitment(w: WritableDb, id: string, m: MergedCommitment): void {
  statements(w).setMerged.run(m.description, m.owner, m.dueAt, m.status, m.doneAt, id);
}
