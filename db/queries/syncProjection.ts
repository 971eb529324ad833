import type { Database } from 'better-sqlite3';
import type { CaseStatus, CommitmentStatus } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';

// The upserts that project merged sync state (pulled changes merged with this device's own)
// into the domain tables. Each write sets the whole merged value, so projecting the same
// state twice changes nothing, and the order pulls arrive in does not matter.

const statements = perDatabase((db: Database) => ({
  exists: {
    customer: db.prepare<[string], number>(`SELECT 1 FROM customers WHERE id = ?`).pluck(),
    case: db.prepare<[string], number>(`SELECT 1 FROM cases WHERE id = ?`).pluck(),
    call: db.prepare<[string], number>(`SELECT 1 FROM calls WHERE id = ?`).pluck(),
    note: db.prepare<[string], number>(`SELECT 1 FROM notes WHERE id = ?`).pluck(),
    handover: db.prepare<[string], number>(`SELECT 1 FROM handovers WHERE id = ?`).pluck(),
  },
  updateCustomer: db.prepare<[string, string, string | null, number, string]>(
    `UPDATE customers SET name = ?, name_norm = ?, email = ?, updated_at = max(updated_at, ?) WHERE id = ?`,
  ),
  deletePhones: db.prepare<[string]>(`DELETE FROM customer_phones WHERE customer_id = ?`),
  updateCase: db.prepare<[string, string, string, CaseStatus, string | null, number, string]>(
    `UPDATE cases SET customer_id = ?, number = ?, subject = ?, status = ?, category = ?, updated_at = max(updated_at, ?) WHERE id = ?`,
  ),
  insertEvent: db.prepare<[string, number, string, string, string]>(
    `INSERT OR IGNORE INTO call_events (call_id, at, id, type, payload) VALUES (?, ?, ?, ?, ?)`,
  ),
  callFields: db.prepare<[string | null, string | null, string | null, string | null, string | null, number | null, string]>(
    `UPDATE calls SET script_id = coalesce(?, script_id), mood_start = ?, mood_end = ?, disposition = ?, summary = ?, ended_at = ? WHERE id = ?`,
  ),
  updateCommitment: db.prepare<[string, string, number, CommitmentStatus, number | null, string]>(
    `UPDATE commitments SET description = ?, owner = ?, due_at = ?, status = ?, done_at = ? WHERE id = ?`,
  ),
  customerOf: {
    case: db.prepare<[string], string>(`SELECT customer_id FROM cases WHERE id = ?`).pluck(),
    call: db.prepare<[string], string>(`SELECT customer_id FROM calls WHERE id = ?`).pluck(),
    commitment: db.prepare<[string], string>(`SELECT customer_id FROM commitments WHERE id = ?`).pluck(),
  },
  markRemote: db.prepare<[string]>(`UPDATE calls SET remote = 1 WHERE id = ?`),
  commitment: db.prepare<[string], { dueAt: number; status: CommitmentStatus }>(`SELECT due_at AS dueAt, status FROM commitments WHERE id = ?`),
}));

export type ProjectedTable = 'customer' | 'case' | 'call' | 'note' | 'handover';

export function rowExists(db: Database, table: ProjectedTable, id: string): boolean {
  return statements(db).exists[table].get(id) !== undefined;
}

export function updateCustomerRow(db: Database, id: string, c: { name: string; nameNorm: string; email: string | null; touchedAt: number }): void {
  statements(db).updateCustomer.run(c.name, c.nameNorm, c.email, c.touchedAt, id);
}

export function deleteCustomerPhones(db: Database, customerId: string): void {
  statements(db).deletePhones.run(customerId);
}

export function updateCaseRow(
  db: Database,
  id: string,
  c: { customerId: string; number: string; subject: string; status: CaseStatus; category: string | null; touchedAt: number },
): void {
  statements(db).updateCase.run(c.customerId, c.number, c.subject, c.status, c.category, c.touchedAt, id);
}

/** Adds one event to a call's log unless it is there already (the log's key is (call, at, id)). */
export function insertCallEventIfNew(db: Database, e: { callId: string; at: number; id: string; type: string; payload: string }): void {
  statements(db).insertEvent.run(e.callId, e.at, e.id, e.type, e.payload);
}

export type CallProjection = {
  scriptId: string | null;
  moodStart: string | null;
  moodEnd: string | null;
  disposition: string | null;
  summary: string | null;
  endedAt: number | null;
};

export function setCallProjection(db: Database, callId: string, p: CallProjection): void {
  statements(db).callFields.run(p.scriptId, p.moodStart, p.moodEnd, p.disposition, p.summary, p.endedAt, callId);
}

/** A call made on another desk (0040): never taken for this desk's live call. */
export function markCallRemote(db: Database, callId: string): void {
  statements(db).markRemote.run(callId);
}

export function commitmentDueAndStatus(db: Database, id: string): { dueAt: number; status: CommitmentStatus } | null {
  return statements(db).commitment.get(id) ?? null;
}

export function updateCommitmentRow(
  db: Database,
  id: string,
  m: { description: string; owner: string; dueAt: number; status: CommitmentStatus; doneAt: number | null },
): void {
  statements(db).updateCommitment.run(m.description, m.owner, m.dueAt, m.status, m.doneAt, id);
}

/**
 * The customer an entity's rows belong to, so the desk can refresh that customer's screen.
 * A note entity is keyed by its case (or by its call when it has none).
 */
export function customerOfEntity(db: Database, entity: string, entityId: string): string | null {
  const s = statements(db).customerOf;
  switch (entity) {
    case 'customer':
      return entityId;
    case 'case':
      return s.case.get(entityId) ?? null;
    case 'call_event':
    case 'score':
      return s.call.get(entityId) ?? null;
    case 'note':
      return s.case.get(entityId) ?? s.call.get(entityId) ?? null;
    case 'commitment':
      return s.commitment.get(entityId) ?? null;
    default:
      return null;
  }
}
