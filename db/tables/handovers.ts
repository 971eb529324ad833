import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Transfers and escalations with the summary handed over (migration 0020), kept by customer
// so the next rep to take this caller sees the story at screen pop.

export type HandoverRow = {
  id: string;
  callId: string;
  customerId: string;
  caseId: string | null;
  kind: 'transfer' | 'escalation';
  to: string;
  fromRep: string;
  reason: string | null;
  at: number;
  /** The Handover as JSON text. */
  summary: string;
};

export type HandoverRecord = HandoverRow & { caseNumber: string | null };

const statements = perDatabase((db: ReadableDb) => ({
  exists: db.prepare<[string], number>(`SELECT 1 FROM handovers WHERE id = ?`).pluck(),
  insert: db.prepare<[string, string, string, string | null, string, string, string, string | null, number, string]>(
    `INSERT INTO handovers (id, call_id, customer_id, case_id, kind, to_name, from_rep, reason, at, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  // One range read on handovers_customer_at.
  recent: db.prepare<[string, number], HandoverRecord>(
    `SELECT h.id, h.call_id AS callId, h.customer_id AS customerId, h.case_id AS caseId, cs.number AS caseNumber, h.kind,
            h.to_name AS "to", h.from_rep AS fromRep, h.reason, h.at, h.summary
     FROM handovers h LEFT JOIN cases cs ON cs.id = h.case_id
     WHERE h.customer_id = ? ORDER BY h.at DESC LIMIT ?`,
  ),
}));

export function handoverExists(db: ReadableDb, id: string): boolean {
  return statements(db).exists.get(id) !== undefined;
}

export function insertHandover(w: WritableDb, h: HandoverRow): void {
  statements(w).insert.run(h.id, h.callId, h.customerId, h.caseId, h.kind, h.to, h.fromRep, h.reason, h.at, h.summary);
}

/** The customer's latest hand-overs, newest first. */
export function recentHandovers(db: ReadableDb, customerId: string, limit: number): HandoverRecord[] {
  return statements(db).recent.all(customerId, limit);
}
