import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// Case and call notes (notes, migration 0010): append-only, merged by union. The screen
// pop reads them by call (db/read/history), search by words through notes_fts, which
// triggers keep in step with this table.

export type NewNote = {
  id: string;
  customerId: string;
  caseId: string | null;
  callId: string | null;
  body: string;
  author: string;
  createdAt: number;
};

const statements = perDatabase((db: ReadableDb) => ({
  exists: db.prepare<[string], number>(`SELECT 1 FROM notes WHERE id = ?`).pluck(),
  insert: db.prepare<[string, string, string | null, string | null, string, string, number]>(
    `INSERT INTO notes (id, customer_id, case_id, call_id, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

export function noteExists(db: ReadableDb, noteId: string): boolean {
  return statements(db).exists.get(noteId) !== undefined;
}

/** The note alone: a note on a case also touches the case (touchCase), which its callers do in the same transaction. */
export function insertNote(w: WritableDb, n: NewNote): void {
  statements(w).insert.run(n.id, n.customerId, n.caseId, n.callId, n.body, n.author, n.createdAt);
}
