import type { Database } from 'better-sqlite3';
import type { CaseStatus } from '../../core/model/index.js';
import { perDatabase } from './prepared.js';

export type CaseRecord = { id: string; customerId: string; number: string; subject: string; status: CaseStatus };

const statements = perDatabase((db: Database) => ({
  byId: db.prepare<[string], CaseRecord>(`SELECT id, customer_id AS customerId, number, subject, status FROM cases WHERE id = ?`),
  numberTaken: db.prepare<[string], number>(`SELECT 1 FROM cases WHERE number = ?`).pluck(),
}));

export function getCaseRecord(db: Database, caseId: string): CaseRecord | null {
  return statements(db).byId.get(caseId) ?? null;
}

export function caseNumberTaken(db: Database, number: string): boolean {
  return statements(db).numberTaken.get(number) !== undefined;
}
