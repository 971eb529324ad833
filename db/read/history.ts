import { Handover } from '../../core/call/handoverSchema.js';
import { findRepeat } from '../../core/insight/repeatCall.js';
import type {
  CallSummary,
  CaseSummary,
  CommitmentView,
  CustomerHistory,
  HandoverView,
  NoteView,
} from '../../core/model/index.js';
import { perDatabase, placeholders } from '../prepared.js';
import { CASE_IS_OPEN } from '../tables/cases.js';
import { getCustomer } from '../tables/customers.js';
import { recentHandovers } from '../tables/handovers.js';
import type { ReadableDb } from '../transaction.js';

// The screen pop: everything about one customer, read while the phone rings. Each
// statement below is one index range read (see the indexes in migration 0010); the whole
// set is benchmarked at p95 <= 2 ms on a store of 1M customers.

/** Cases shown at most: the open ones first, then the most recently touched others. */
export const HISTORY_CASES = 20;
export const HISTORY_CALLS = 10;
export const HISTORY_COMMITMENTS = 50;
/** Hand-overs shown: the story of the latest ones is what the next rep needs. */
export const HISTORY_HANDOVERS = 5;

const CASE_COLUMNS = `id, customer_id AS customerId, number, subject, status, category,
  created_at AS createdAt, updated_at AS updatedAt`;

type CallRecord = Omit<CallSummary, 'notes'>;
type NoteRecord = NoteView & { callId: string };
type CommitmentRecord = Omit<CommitmentView, 'overdue'>;

const statements = perDatabase((db: ReadableDb) => ({
  // Served by the partial index cases_customer_open.
  openCases: db.prepare<[string, number], CaseSummary>(
    `SELECT ${CASE_COLUMNS} FROM cases
     WHERE customer_id = ? AND ${CASE_IS_OPEN}
     ORDER BY updated_at DESC LIMIT ?`,
  ),
  otherCases: db.prepare<[string, number], CaseSummary>(
    `SELECT ${CASE_COLUMNS} FROM cases
     WHERE customer_id = ? AND NOT ${CASE_IS_OPEN}
     ORDER BY updated_at DESC LIMIT ?`,
  ),
  recentCalls: db.prepare<[string, number], CallRecord>(
    `SELECT k.id, k.customer_id AS customerId, k.case_id AS caseId, cs.number AS caseNumber, k.phone,
            k.direction, k.rep_name AS repName, k.started_at AS startedAt, k.ended_at AS endedAt,
            k.mood_start AS moodStart, k.mood_end AS moodEnd, k.disposition, k.summary
     FROM calls k LEFT JOIN cases cs ON cs.id = k.case_id
     WHERE k.customer_id = ? ORDER BY k.started_at DESC LIMIT ?`,
  ),
  // A fixed-length IN list (unused slots bound to NULL, which matches nothing) keeps this
  // one prepared statement doing one index probe per call.
  notesOfCalls: db.prepare<(string | null)[], NoteRecord>(
    `SELECT call_id AS callId, id, body, author, created_at AS createdAt FROM notes
     WHERE call_id IN (${placeholders(HISTORY_CALLS)}) ORDER BY created_at, seq`,
  ),
  // Ascending due time already puts the overdue ones (due before now) first.
  openCommitments: db.prepare<[string, number], CommitmentRecord>(
    `SELECT m.id, m.customer_id AS customerId, m.case_id AS caseId, cs.number AS caseNumber,
            m.description, m.owner, m.due_at AS dueAt, m.status
     FROM commitments m LEFT JOIN cases cs ON cs.id = m.case_id
     WHERE m.customer_id = ? AND m.status = 'open' ORDER BY m.due_at LIMIT ?`,
  ),
}));

export function customerHistory(db: ReadableDb, customerId: string, now: number): CustomerHistory | null {
  const customer = getCustomer(db, customerId);
  if (!customer) return null;
  const s = statements(db);

  const open = s.openCases.all(customerId, HISTORY_CASES);
  // At least one other case is read even when the open ones fill the list: it may be the
  // most recently touched case, which the repeat mark must consider.
  const others = s.otherCases.all(customerId, Math.max(1, HISTORY_CASES - open.length));
  const considered = [...open, ...others];

  const calls = s.recentCalls.all(customerId, HISTORY_CALLS);
  const notesByCall = groupNotes(s.notesOfCalls.all(...padIds(calls.map((c) => c.id), HISTORY_CALLS)));

  return {
    customer,
    cases: considered.slice(0, HISTORY_CASES),
    recentCalls: calls.map((call) => ({ ...call, notes: notesByCall.get(call.id) ?? [] })),
    commitments: s.openCommitments.all(customerId, HISTORY_COMMITMENTS).map((m) => ({ ...m, overdue: m.dueAt < now })),
    repeat: findRepeat(considered, now),
    handovers: handovers(db, customerId),
  };
}

/** A summary that no longer parses (written by a newer app) is left out rather than failing the screen pop. */
function handovers(db: ReadableDb, customerId: string): HandoverView[] {
  const out: HandoverView[] = [];
  for (const h of recentHandovers(db, customerId, HISTORY_HANDOVERS)) {
    let summary: unknown;
    try {
      summary = JSON.parse(h.summary);
    } catch {
      continue;
    }
    const handover = Handover.safeParse(summary);
    if (!handover.success) continue;
    out.push({ id: h.id, callId: h.callId, caseId: h.caseId, caseNumber: h.caseNumber, kind: h.kind, to: h.to, from: h.fromRep, reason: h.reason, at: h.at, handover: handover.data });
  }
  return out;
}

function padIds(ids: string[], length: number): (string | null)[] {
  const out: (string | null)[] = ids.slice(0, length);
  while (out.length < length) out.push(null);
  return out;
}

function groupNotes(rows: NoteRecord[]): Map<string, NoteView[]> {
  const byCall = new Map<string, NoteView[]>();
  for (const { callId, ...note } of rows) {
    const list = byCall.get(callId);
    if (list) list.push(note);
    else byCall.set(callId, [note]);
  }
  return byCall;
}
