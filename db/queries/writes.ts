import type { Database } from 'better-sqlite3';
import { caseNumberFromId, type CallDirection, type CaseStatus, type CommitmentStatus, type Disposition, type Mood } from '../../core/model/index.js';
import { immediate } from '../open.js';
import {
  insertCallEventRow,
  insertCallRow,
  insertCaseRow,
  insertCommitmentRow,
  insertNoteRow,
  touchCase,
} from './rows.js';

// Typed single-row writes for the seed, the tests and the commands that record calls.
// Ids and timestamps come from the caller (client-made UUIDv7, injected clock).

export type NewCase = {
  id: string;
  customerId: string;
  /** Defaults to the number derived from the id (caseNumberFromId). */
  number?: string;
  subject: string;
  status: CaseStatus;
  category: string | null;
  createdAt: number;
  /** Defaults to createdAt. */
  updatedAt?: number;
};

export type NewCall = {
  id: string;
  customerId: string;
  caseId: string | null;
  phone: string;
  direction: CallDirection;
  repName: string;
  startedAt: number;
  endedAt: number | null;
  moodStart: Mood | null;
  moodEnd: Mood | null;
  disposition: Disposition | null;
  summary: string | null;
};

export type NewCallEvent = {
  id: string;
  callId: string;
  at: number;
  type: string;
  /** Any JSON-serialisable value; stored as JSON text. */
  payload?: unknown;
};

export type NewNote = {
  id: string;
  customerId: string;
  caseId: string | null;
  callId: string | null;
  body: string;
  author: string;
  createdAt: number;
};

export type NewCommitment = {
  id: string;
  customerId: string;
  caseId: string | null;
  callId: string | null;
  description: string;
  owner: string;
  dueAt: number;
  /** Defaults to open. */
  status?: CommitmentStatus;
  createdAt: number;
  /** When it became done or cancelled; required for those, null while open. */
  doneAt?: number | null;
};

export function insertCase(db: Database, c: NewCase): void {
  insertCaseRow(db, {
    id: c.id,
    customer_id: c.customerId,
    number: c.number ?? caseNumberFromId(c.id),
    subject: c.subject,
    status: c.status,
    category: c.category,
    created_at: c.createdAt,
    updated_at: c.updatedAt ?? c.createdAt,
  });
}

/** A call on a case touches the case (its latest known moment), which drives the repeat mark. */
export function insertCall(db: Database, call: NewCall): void {
  immediate(db, () => {
    insertCallRow(db, {
      id: call.id,
      customer_id: call.customerId,
      case_id: call.caseId,
      phone: call.phone,
      direction: call.direction,
      rep_name: call.repName,
      started_at: call.startedAt,
      ended_at: call.endedAt,
      mood_start: call.moodStart,
      mood_end: call.moodEnd,
      disposition: call.disposition,
      summary: call.summary,
    });
    if (call.caseId !== null) touchCase(db, call.caseId, Math.max(call.startedAt, call.endedAt ?? call.startedAt));
  });
}

export function insertCallEvent(db: Database, e: NewCallEvent): void {
  insertCallEventRow(db, {
    id: e.id,
    call_id: e.callId,
    at: e.at,
    type: e.type,
    payload: JSON.stringify(e.payload ?? {}),
  });
}

/** A note on a case touches the case. */
export function insertNote(db: Database, n: NewNote): void {
  immediate(db, () => {
    insertNoteRow(db, {
      id: n.id,
      customer_id: n.customerId,
      case_id: n.caseId,
      call_id: n.callId,
      body: n.body,
      author: n.author,
      created_at: n.createdAt,
    });
    if (n.caseId !== null) touchCase(db, n.caseId, n.createdAt);
  });
}

export function insertCommitment(db: Database, m: NewCommitment): void {
  insertCommitmentRow(db, {
    id: m.id,
    customer_id: m.customerId,
    case_id: m.caseId,
    call_id: m.callId,
    description: m.description,
    owner: m.owner,
    due_at: m.dueAt,
    status: m.status ?? 'open',
    created_at: m.createdAt,
    done_at: m.doneAt ?? null,
  });
}
