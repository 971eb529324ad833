import { caseNumberFromId, type CaseStatus, type CaseSummary } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// The cases table (migrations 0010, 0040): its reads, its one insert, and the updates of
// a rep's edit, a pulled merge and a call or note touching it. Its full-text twin cases_fts
// is kept by triggers (0010) and read by db/read/search.

/**
 * "The case still needs action" (core's OPEN_CASE_STATUSES), written as the same OR chain
 * as the predicate of the partial index cases_customer_open in migration 0010: SQLite uses
 * a partial index only when the query's WHERE contains the index's expression itself.
 * Use it on the unaliased cases table. A unit test checks both the statuses and the plan.
 */
export const CASE_IS_OPEN = `(status = 'open' OR status = 'pending' OR status = 'escalated')`;

export type CaseRecord = { id: string; customerId: string; number: string; subject: string; status: CaseStatus };

export type NewCase = {
  id: string;
  customerId: string;
  /** Defaults to the number derived from the id (caseNumberFromId). */
  number?: string;
  subject: string;
  status: CaseStatus;
  category: string | null;
  createdAt: number;
  /** Defaults to createdAt. */
  updatedAt?: number;
};

/** A case as the merged sync state has it: every field the projection writes over the row. */
export type MergedCase = { customerId: string; number: string; subject: string; status: CaseStatus; category: string | null; touchedAt: number };

const statements = perDatabase((db: ReadableDb) => ({
  byId: db.prepare<[string], CaseRecord>(`SELECT id, customer_id AS customerId, number, subject, status FROM cases WHERE id = ?`),
  summary: db.prepare<[string], CaseSummary>(
    `SELECT id, customer_id AS customerId, number, subject, status, category, created_at AS createdAt, updated_at AS updatedAt
     FROM cases WHERE id = ?`,
  ),
  exists: db.prepare<[string], number>(`SELECT 1 FROM cases WHERE id = ?`).pluck(),
  customerOf: db.prepare<[string], string>(`SELECT customer_id FROM cases WHERE id = ?`).pluck(),
  numberTaken: db.prepare<[string], number>(`SELECT 1 FROM cases WHERE number = ?`).pluck(),
  openCount: db.prepare<[string], number>(`SELECT count(*) FROM cases WHERE customer_id = ? AND ${CASE_IS_OPEN}`).pluck(),
  insert: db.prepare<[string, string, string, string, CaseStatus, string | null, number, number]>(
    `INSERT INTO cases (id, customer_id, number, subject, status, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  setSubject: db.prepare<[string, number, string]>(`UPDATE cases SET subject = ?, updated_at = max(updated_at, ?) WHERE id = ?`),
  setStatus: db.prepare<[CaseStatus, number, string]>(`UPDATE cases SET status = ?, updated_at = max(updated_at, ?) WHERE id = ?`),
  setMerged: db.prepare<[string, string, string, CaseStatus, string | null, number, string]>(
    `UPDATE cases SET customer_id = ?, number = ?, subject = ?, status = ?, category = ?, updated_at = max(updated_at, ?) WHERE id = ?`,
  ),
  // Never moves updated_at backwards (a late-arriving older call or note).
  touch: db.prepare<[number, string]>(`UPDATE cases SET updated_at = max(updated_at, ?) WHERE id = ?`),
}));

export function getCaseRecord(db: ReadableDb, caseId: string): CaseRecord | null {
  return statements(db).byId.get(caseId) ?? null;
}

export function getCaseSummary(db: ReadableDb, caseId: string): CaseSummary | null {
  return statements(db).summary.get(caseId) ?? null;
}

export function caseExists(db: ReadableDb, caseId: string): boolean {
  return statements(db).exists.get(caseId) !== undefined;
}

export function caseCustomerId(db: ReadableDb, caseId: string): string | null {
  return statements(db).customerOf.get(caseId) ?? null;
}

export function caseNumberTaken(db: ReadableDb, number: string): boolean {
  return statements(db).numberTaken.get(number) !== undefined;
}

/** How many of the customer's cases still need action (served by cases_customer_open). */
export function openCaseCount(db: ReadableDb, customerId: string): number {
  return statements(db).openCount.get(customerId) ?? 0;
}

export function insertCase(w: WritableDb, c: NewCase): void {
  statements(w).insert.run(c.id, c.customerId, c.number ?? caseNumberFromId(c.id), c.subject, c.status, c.category, c.createdAt, c.updatedAt ?? c.createdAt);
}

/** A rep's edit of a case; touches it. Runs inside the caller's transaction with its outbox entry. */
export function updateCaseFields(w: WritableDb, caseId: string, edit: { subject?: string | undefined; status?: CaseStatus | undefined }, at: number): void {
  const s = statements(w);
  if (edit.subject !== undefined) s.setSubject.run(edit.subject, at, caseId);
  if (edit.status !== undefined) s.setStatus.run(edit.status, at, caseId);
}

/** The merged value of every field over the row (sync projection); the same state twice changes nothing. */
export function updateMergedCase(w: WritableDb, caseId: string, c: MergedCase): void {
  statements(w).setMerged.run(c.customerId, c.number, c.subject, c.status, c.category, c.touchedAt, caseId);
}

/** Marks a case touched at `at` (a call or note on it); drives the repeat-call mark. */
export function touchCase(w: WritableDb, caseId: string, at: number): void {
  statements(w).touch.run(at, caseId);
}
