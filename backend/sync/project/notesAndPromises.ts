import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Timestamp } from '../../../core/model/index.js';
import type { EntityState } from '../../../core/sync/index.js';
import { parseHlc } from '../../../core/sync/index.js';
import { insertCommitmentChange } from '../../../db/tables/commitments.js';
import { insertCommitmentRow, insertNoteRow, touchCase } from '../../../db/queries/rows.js';
import { commitmentDueAndStatus, rowExists, updateCommitmentRow } from '../../../db/queries/syncProjection.js';
import { NotYet, field, lastWrittenMs, optional, required, rowsInOrder } from './fields.js';

// Notes (append-only rows, one entity per case) and promises (mutable fields, with done or
// cancelled as a terminal state that beats any later reschedule).

const Ref = z.string().nullable();
const Note = z.object({
  id: z.string(),
  customerId: z.string(),
  caseId: Ref,
  callId: Ref,
  body: z.string().trim().min(1).max(10_000),
  author: z.string().max(200),
  createdAt: Timestamp,
});

/** Waiting for the rows a note or promise points at: they may arrive in a later page. */
function parentsPresent(db: Database, r: { customerId: string; caseId: string | null; callId: string | null }): boolean {
  return rowExists(db, 'customer', r.customerId) && (r.caseId === null || rowExists(db, 'case', r.caseId)) && (r.callId === null || rowExists(db, 'call', r.callId));
}

export function projectNotes(db: Database, state: EntityState): void {
  let waiting = 0;
  for (const row of rowsInOrder(state, 'createdAt')) {
    const parsed = Note.safeParse(row.row);
    if (!parsed.success || rowExists(db, 'note', parsed.data.id)) continue;
    const n = parsed.data;
    if (!parentsPresent(db, n)) {
      waiting += 1;
      continue;
    }
    insertNoteRow(db, { id: n.id, customer_id: n.customerId, case_id: n.caseId, call_id: n.callId, body: n.body, author: n.author, created_at: n.createdAt });
    if (n.caseId !== null) touchCase(db, n.caseId, n.createdAt);
  }
  if (waiting > 0) throw new NotYet(`${waiting} note(s) of ${state.entityId} wait for their customer, case or call`);
}

const Status = z.enum(['open', 'done', 'cancelled']);

export function projectCommitment(db: Database, state: EntityState): void {
  const id = state.entityId;
  const refs = { customerId: required(state, 'customerId', z.string()), caseId: optional(state, 'caseId', Ref, null), callId: optional(state, 'callId', Ref, null) };
  if (!parentsPresent(db, refs)) throw new NotYet(`promise ${id} waits for its customer, case or call`);
  const status = optional(state, 'status', Status, 'open');
  const closed = state.terminal;
  const m = {
    description: required(state, 'description', z.string().trim().min(1).max(2_000)),
    owner: required(state, 'owner', z.string().max(200)),
    dueAt: required(state, 'dueAt', Timestamp),
    status,
    // When it was closed is the winning terminal's stamp: the same on every device.
    doneAt: status === 'open' || closed === null ? null : parseHlc(closed.hlc).ms,
  };
  const before = commitmentDueAndStatus(db, id);
  if (before === null) {
    const createdAt = optional(state, 'createdAt', Timestamp, lastWrittenMs(state));
    insertCommitmentRow(db, { id, customer_id: refs.customerId, case_id: refs.caseId, call_id: refs.callId, description: m.description, owner: m.owner, due_at: m.dueAt, status: m.status, created_at: createdAt, done_at: m.doneAt });
    insertCommitmentChange(db, id, { at: createdAt, action: 'made', dueAt: m.dueAt, previousDueAt: null, by: m.owner, reason: null });
  } else {
    updateCommitmentRow(db, id, m);
  }
  // The promise's history shows what arrived from other desks too, by the stamp of the change.
  const dueVersion = field(state, 'dueAt');
  if (before !== null && before.dueAt !== m.dueAt && dueVersion) {
    insertCommitmentChange(db, id, { at: parseHlc(dueVersion.hlc).ms, action: 'rescheduled', dueAt: m.dueAt, previousDueAt: before.dueAt, by: 'another desk', reason: null });
  }
  if (before?.status !== m.status && m.status !== 'open' && m.doneAt !== null) {
    insertCommitmentChange(db, id, { at: m.doneAt, action: m.status, dueAt: m.dueAt, previousDueAt: null, by: before === null ? m.owner : 'another desk', reason: null });
  }
}
