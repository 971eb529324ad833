import type { Database } from 'better-sqlite3';
import type { CaseStatus, CaseSummary } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';

export type CaseRecord = { id: string; customerId: string; number: string; subject: string; status: CaseStatus };

const statements = perDatabase((db: Database) => ({
  byId: db.prepare<[string], CaseRecord>(`SELECT id, customer_id AS customerId, number, subject, status FROM cases WHERE id = ?`),
  summary: db.prepare<[string], CaseSummary>(
    `SELECT id, customer_id AS customerId, number, subject, status, category, created_at AS createdAt, updated_at AS updatedAt
     FROM cases WHERE id = ?`,
  ),
  setSubject: db.prepare<[string, number, string]>(`UPDATE cases SET subject = ?, updated_at = max(updated_at, ?) WHERE id = ?`),
  setStatus: db.prepare<[CaseStatus, number, string]>(`UPDATE cases SET status = ?, updated_at = max(updated_at, ?) WHERE id = ?`),
  numberTaken: db.prepare<[string], number>(`SELECT 1 FROM cases WHERE number = ?`).pluck(),
}));

export function getCaseRecord(db: Database, caseId: string): CaseRecord | null {
  return statements(db).byId.get(caseId) ?? null;
}

export function caseNumberTaken(db: Database, number: string): boolean {
  return statements(db).numberTaken.get(number) !== undefined;
}

export function getCaseSummary(db: Database, caseId: string): CaseSummary | null {
  return statements(db).summary.get(caseId) ?? null;
}

/** A rep's edit of a case; touches it. Runs inside the caller's transaction with its outbox entry. */
export function updateCaseFields(db: Database, caseId: string, edit: { subject?: string | undefined; status?: CaseStatus | undefined }, at: number): void {
  const s = statements(db);
  if (edit.subject !== undefined) s.setSubject.run(edit.subject, at, caseId);
  if (edit.status !== undefined) s.setStatus.run(edit.status, at, caseId);
}
