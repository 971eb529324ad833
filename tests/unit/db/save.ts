import { insertCallEvent, type NewCallEvent } from '../../../db/tables/callEvents.js';
import { insertCall, type NewCall } from '../../../db/tables/calls.js';
import { insertCase, touchCase, type NewCase } from '../../../db/tables/cases.js';
import { insertCommitment, type NewCommitment } from '../../../db/tables/commitments.js';
import { insertCustomer, refuseDuplicateCustomer, type NewCustomer } from '../../../db/tables/customers.js';
import { insertHandover, type HandoverRow } from '../../../db/tables/handovers.js';
import { insertNote, type NewNote } from '../../../db/tables/notes.js';
import { writeTransaction, type ReadableDb } from '../../../db/transaction.js';

// Rows for tests and end-to-end seeding, each written in its own write transaction through
// the table's own insert, with what the desk does beside it: a customer typed in is
// checked for a duplicate, a call or note on a case touches the case. No outbox entries:
// these rows are history the desk already had. Free of vitest, so the e2e specs use it too.

export function saveCustomer(db: ReadableDb, c: NewCustomer): void {
  writeTransaction(db, (w) => {
    refuseDuplicateCustomer(w, c);
    insertCustomer(w, c);
  });
}

export function saveCase(db: ReadableDb, c: NewCase): void {
  writeTransaction(db, (w) => insertCase(w, c));
}

/** A call on a case touches the case at its latest known moment, which drives the repeat mark. */
export function saveCall(db: ReadableDb, c: NewCall): void {
  writeTransaction(db, (w) => {
    insertCall(w, c);
    if (c.caseId !== null) touchCase(w, c.caseId, Math.max(c.startedAt, c.endedAt ?? c.startedAt));
  });
}

export function saveCallEvent(db: ReadableDb, e: NewCallEvent): void {
  writeTransaction(db, (w) => insertCallEvent(w, e));
}

/** A note on a case touches the case. */
export function saveNote(db: ReadableDb, n: NewNote): void {
  writeTransaction(db, (w) => {
    insertNote(w, n);
    if (n.caseId !== null) touchCase(w, n.caseId, n.createdAt);
  });
}

export function saveCommitment(db: ReadableDb, m: NewCommitment): void {
  writeTransaction(db, (w) => insertCommitment(w, m));
}

export function saveHandover(db: ReadableDb, h: HandoverRow): void {
  writeTransaction(db, (w) => insertHandover(w, h));
}
