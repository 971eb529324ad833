import { z } from 'zod';
import { Timestamp } from '../../../core/model/index.js';
import type { EntityState } from '../../../core/sync/index.js';
import { parseHlc } from '../../../core/sync/index.js';
import { callExists } from '../../../db/tables/calls.js';
import { caseExists, touchCase } from '../../../db/tables/cases.js';
import { commitmentDueAndStatus, insertCommitment, insertCommitmentChange, updateMergedCommitment } from '../../../db/tables/commitments.js';
import { customerExists } from '../../../db/tables/customers.js';
import { insertNote, noteExists } from '../../../db/tables/notes.js';
import type { ReadableDb, WritableDb } from '../../../db/transaction.js';
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
function parentsPresent(db: ReadableDb, r: { customerId: string; caseId: string | null; callId: string | null }): boolean {
  return customerExists(db, r.customerId) && (r.caseId === null || caseExists(db, r.caseId)) && (r.callId === null || callExists(db, r.callId));
}

export function projectNotes(w: WritableDb, state: EntityState): void {
  let waiting = 0;
  for (const row of rowsInOrder(state, 'createdAt')) {
    const parsed = Note.safeParse(row.row);
    if (!parsed.success || noteExists(w, parsed.data.id)) continue;
    const n = parsed.data;
    if (!parentsPresent(w, n)) {
      waiting += 1;
      continue;
    }
    insertNote(w, n);
    if (n.caseId !== null) touchCase(w, n.caseId, n.createdAt);
  }
  if (waiting > 0) throw new NotYet(`${waiting} note(s) of ${state.entityId} wait for their customer, case or call`);
}

const Status = z.enum(['open', 'done', 'cancelled']);

export function projectCommitment(w: WritableDb, state: EntityState): void {
  const id = state.entityId;
  const refs = { customerId: required(state, 'customerId', z.string()), caseId: optional(state, 'caseId', Ref, null), callId: optional(state, 'callId', Ref, null) };
  if (!parentsPresent(w, refs)) throw new NotYet(`promise ${id} waits for its customer, case or call`);
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
  const before = commitmentDueAndStatus(w, id);
  if (before === null) {
    const createdAt = optional(state, 'createdAt', Timestamp, lastWrittenMs(state));
    insertCommitment(w, { id, ...refs, ...m, createdAt });
    insertCommitmentChange(w, id, { at: createdAt, action: 'made', dueAt: m.dueAt, previousDueAt: null, by: m.owner, reason: null });
  } else {
    updateMergedCommitment(w, id, m);
  }
  // The promise's history shows what arrived from other desks too, by the stamp of the change.
  const dueVersion = field(state, 'dueAt');
  if (before !== null && before.dueAt !== m.dueAt && dueVersion) {
    insertCommitmentChange(w, id, { at: parseHlc(dueVersion.hlc).ms, action: 'rescheduled', dueAt: m.dueAt, previousDueAt: before.dueAt, by: 'another desk', reason: null });
  }
  if (before?.status !== m.status && m.status !== 'open' && m.doneAt !== null) {
    insertCommitmentChange(w, id, { at: m.doneAt, action: m.status, dueAt: m.dueAt, previousDueAt: null, by: before === null ? m.owner : 'another desk', reason: null });
  }
}
