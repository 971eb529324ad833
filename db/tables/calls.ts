import type { CallDirection, CaseStatus, Disposition, Mood } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// The calls table (migrations 0010, 0020, 0040): one row per call, beside its log
// (call_events, callEvents.ts). The log is the truth; the row carries what screen pop and
// history read without folding a log: when it ended, the moods, the outcome, the script.

export type CallRecord = {
  id: string;
  customerId: string;
  customerName: string;
  caseId: string | null;
  caseNumber: string | null;
  caseSubject: string | null;
  caseStatus: CaseStatus | null;
  phone: string;
  direction: CallDirection;
  repName: string;
  startedAt: number;
  endedAt: number | null;
};

/** A call's row as it is first written: the live desk's at its start, a pulled one's, the seed's finished ones. */
export type NewCall = {
  id: string;
  customerId: string;
  caseId: string | null;
  phone: string;
  direction: CallDirection;
  repName: string;
  startedAt: number;
  endedAt?: number | null;
  moodStart?: Mood | null;
  moodEnd?: Mood | null;
  disposition?: Disposition | null;
  summary?: string | null;
  /** Made on another desk and pulled (0040): never taken for this desk's live call. */
  remote?: boolean;
};

/** The row's columns derived from the whole log (a pulled call is re-derived after every merge). */
export type CallProjection = {
  scriptId: string | null;
  moodStart: string | null;
  moodEnd: string | null;
  disposition: string | null;
  summary: string | null;
  endedAt: number | null;
};

type InsertParams = [string, string, string | null, string, CallDirection, string, number, number | null, Mood | null, Mood | null, Disposition | null, string | null, 0 | 1];

const statements = perDatabase((db: ReadableDb) => ({
  call: db.prepare<[string], CallRecord>(
    `SELECT k.id, k.customer_id AS customerId, c.name AS customerName, k.case_id AS caseId,
            cs.number AS caseNumber, cs.subject AS caseSubject, cs.status AS caseStatus,
            k.phone, k.direction, k.rep_name AS repName, k.started_at AS startedAt, k.ended_at AS endedAt
     FROM calls k JOIN customers c ON c.id = k.customer_id LEFT JOIN cases cs ON cs.id = k.case_id
     WHERE k.id = ?`,
  ),
  exists: db.prepare<[string], number>(`SELECT 1 FROM calls WHERE id = ?`).pluck(),
  customerOf: db.prepare<[string], string>(`SELECT customer_id FROM calls WHERE id = ?`).pluck(),
  lastStartedAt: db.prepare<[string], number>(`SELECT started_at FROM calls WHERE customer_id = ? ORDER BY started_at DESC LIMIT 1`).pluck(),
  // Served by the partial index calls_live.
  // A pulled call still running on another desk is not live here (calls.remote, 0040).
  liveIds: db.prepare<[], string>(`SELECT id FROM calls WHERE ended_at IS NULL AND remote = 0 ORDER BY started_at DESC`).pluck(),
  latestLive: db.prepare<[], string>(`SELECT id FROM calls WHERE ended_at IS NULL AND remote = 0 ORDER BY started_at DESC LIMIT 1`).pluck(),
  insert: db.prepare<InsertParams>(
    `INSERT INTO calls (id, customer_id, case_id, phone, direction, rep_name, started_at, ended_at, mood_start, mood_end, disposition, summary, remote)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  setScript: db.prepare<[string, string]>(`UPDATE calls SET script_id = ? WHERE id = ?`),
  setMoodStart: db.prepare<[Mood, string]>(`UPDATE calls SET mood_start = ? WHERE id = ?`),
  setMoodEnd: db.prepare<[Mood, string]>(`UPDATE calls SET mood_end = ? WHERE id = ?`),
  setOutcome: db.prepare<[Disposition, string | null, string]>(`UPDATE calls SET disposition = ?, summary = ? WHERE id = ?`),
  setEnded: db.prepare<[number, string]>(`UPDATE calls SET ended_at = ? WHERE id = ?`),
  setProjection: db.prepare<[string | null, string | null, string | null, string | null, string | null, number | null, string]>(
    `UPDATE calls SET script_id = coalesce(?, script_id), mood_start = ?, mood_end = ?, disposition = ?, summary = ?, ended_at = ? WHERE id = ?`,
  ),
}));

export function getCallRecord(db: ReadableDb, callId: string): CallRecord | null {
  return statements(db).call.get(callId) ?? null;
}

export function callExists(db: ReadableDb, callId: string): boolean {
  return statements(db).exists.get(callId) !== undefined;
}

export function callCustomerId(db: ReadableDb, callId: string): string | null {
  return statements(db).customerOf.get(callId) ?? null;
}

/** When the customer last called (served by calls_customer_started), or null. */
export function lastCallAt(db: ReadableDb, customerId: string): number | null {
  return statements(db).lastStartedAt.get(customerId) ?? null;
}

/** Calls with no end yet, most recent first. */
export function liveCallIds(db: ReadableDb): string[] {
  return statements(db).liveIds.all();
}

export function latestLiveCallId(db: ReadableDb): string | null {
  return statements(db).latestLive.get() ?? null;
}

export function insertCall(w: WritableDb, c: NewCall): void {
  statements(w).insert.run(
    c.id,
    c.customerId,
    c.caseId,
    c.phone,
    c.direction,
    c.repName,
    c.startedAt,
    c.endedAt ?? null,
    c.moodStart ?? null,
    c.moodEnd ?? null,
    c.disposition ?? null,
    c.summary ?? null,
    c.remote ? 1 : 0,
  );
}

export function setCallScript(w: WritableDb, callId: string, scriptId: string): void {
  statements(w).setScript.run(scriptId, callId);
}

export function setCallMood(w: WritableDb, callId: string, phase: 'start' | 'end', mood: Mood): void {
  const s = statements(w);
  (phase === 'start' ? s.setMoodStart : s.setMoodEnd).run(mood, callId);
}

/** An empty summary is stored as none, as history shows it. */
export function setCallOutcome(w: WritableDb, callId: string, disposition: Disposition, summary: string): void {
  statements(w).setOutcome.run(disposition, summary === '' ? null : summary, callId);
}

export function setCallEnded(w: WritableDb, callId: string, at: number): void {
  statements(w).setEnded.run(at, callId);
}

/** The derived columns of a pulled call, from its merged log; a script already known is kept when the log names none. */
export function setCallProjection(w: WritableDb, callId: string, p: CallProjection): void {
  statements(w).setProjection.run(p.scriptId, p.moodStart, p.moodEnd, p.disposition, p.summary, p.endedAt, callId);
}
