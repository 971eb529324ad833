import type { Statement } from 'better-sqlite3';
import type { CaseStatus } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb } from '../transaction.js';

// One statement per way of finding something. Each is an index range or an FTS MATCH with
// its own LIMIT, so no search reads more rows than it can show, whatever the store's size.
// The full-text tables (customers_fts, cases_fts, notes_fts; migration 0010) are written
// only by their triggers and read only here.

export type PhoneHitRow = { customerId: string; e164: string; name: string };
export type NameHitRow = { id: string; name: string; email: string | null; e164: string | null };
export type CaseHitRow = { id: string; customerId: string; number: string; subject: string; status: CaseStatus; customerName: string };
export type NoteHitRow = {
  customerId: string;
  customerName: string;
  caseId: string | null;
  number: string | null;
  subject: string | null;
  snippet: string;
};

const PHONE_HIT = `SELECT p.customer_id AS customerId, p.e164, c.name
  FROM customer_phones p JOIN customers c ON c.id = p.customer_id`;

const CASE_HIT = `SELECT cs.id, cs.customer_id AS customerId, cs.number, cs.subject, cs.status, c.name AS customerName`;

export type SearchStatements = {
  phoneExact: Statement<[string, number], PhoneHitRow>;
  phoneNational: Statement<[string, string, number], PhoneHitRow>;
  phoneE164: Statement<[string, string, number], PhoneHitRow>;
  phoneSuffix: Statement<[string, string, number], PhoneHitRow>;
  names: Statement<[string, number], NameHitRow>;
  caseNumberRange: Statement<[string, string, number], CaseHitRow>;
  caseNumberTail: Statement<[string, number], CaseHitRow>;
  casesFts: Statement<[string, number], CaseHitRow>;
  notesFts: Statement<[string, number], NoteHitRow>;
  anyCase: Statement<[string], number>;
  anyNote: Statement<[string], number>;
};

export const searchStatements = perDatabase(
  (db: ReadableDb): SearchStatements => ({
    phoneExact: db.prepare<[string, number], PhoneHitRow>(`${PHONE_HIT} WHERE p.e164 = ? LIMIT ?`),
    /** Range [from, to): "starts with" on an index. */
    phoneNational: db.prepare<[string, string, number], PhoneHitRow>(
      `${PHONE_HIT} WHERE p.national >= ? AND p.national < ? LIMIT ?`,
    ),
    phoneE164: db.prepare<[string, string, number], PhoneHitRow>(`${PHONE_HIT} WHERE p.e164 >= ? AND p.e164 < ? LIMIT ?`),
    phoneSuffix: db.prepare<[string, string, number], PhoneHitRow>(
      `${PHONE_HIT} WHERE p.digits_rev >= ? AND p.digits_rev < ? LIMIT ?`,
    ),
    names: db.prepare<[string, number], NameHitRow>(
      `SELECT c.id, c.name, c.email,
              (SELECT e164 FROM customer_phones WHERE customer_id = c.id ORDER BY position LIMIT 1) AS e164
       FROM customers_fts f JOIN customers c ON c.seq = f.rowid
       WHERE customers_fts MATCH ? LIMIT ?`,
    ),
    caseNumberRange: db.prepare<[string, string, number], CaseHitRow>(
      `${CASE_HIT} FROM cases cs JOIN customers c ON c.id = cs.customer_id
       WHERE cs.number >= ? AND cs.number < ? ORDER BY cs.number LIMIT ?`,
    ),
    // Served by the expression index cases_number_tail; the expression must match it.
    caseNumberTail: db.prepare<[string, number], CaseHitRow>(
      `${CASE_HIT} FROM cases cs JOIN customers c ON c.id = cs.customer_id
       WHERE substr(cs.number, 10) = ? LIMIT ?`,
    ),
    // Newest first: FTS5 walks its doclists backwards for ORDER BY rowid DESC, no sorting.
    casesFts: db.prepare<[string, number], CaseHitRow>(
      `${CASE_HIT} FROM cases_fts f JOIN cases cs ON cs.seq = f.rowid JOIN customers c ON c.id = cs.customer_id
       WHERE cases_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
    ),
    notesFts: db.prepare<[string, number], NoteHitRow>(
      `SELECT n.customer_id AS customerId, c.name AS customerName, n.case_id AS caseId, cs.number, cs.subject,
              snippet(notes_fts, 0, '', '', '…', 12) AS snippet
       FROM notes_fts f JOIN notes n ON n.seq = f.rowid
         JOIN customers c ON c.id = n.customer_id
         LEFT JOIN cases cs ON cs.id = n.case_id
       WHERE notes_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?`,
    ),
    /** Whether anything matches at all; one doclist lookup. */
    anyCase: db.prepare<[string], number>(`SELECT 1 FROM cases_fts WHERE cases_fts MATCH ? LIMIT 1`).pluck(),
    anyNote: db.prepare<[string], number>(`SELECT 1 FROM notes_fts WHERE notes_fts MATCH ? LIMIT 1`).pluck(),
  }),
);
