import type { Database } from 'better-sqlite3';
import type { CallDirection, CaseStatus, Disposition, Mood } from '../../core/model/index.js';
import { perDatabase } from '../prepared.js';

// The live call's reads and projection writes. The log (call_events) is the truth; the calls
// row carries what screen pop and history read without folding a log: when it ended, the
// moods, the outcome, the method.

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

export type StoredEventRow = { at: number; id: string; type: string; payload: string };
export type LogVersion = { count: number; lastAt: number | null };

const statements = perDatabase((db: Database) => ({
  call: db.prepare<[string], CallRecord>(
    `SELECT k.id, k.customer_id AS customerId, c.name AS customerName, k.case_id AS caseId,
            cs.number AS caseNumber, cs.subject AS caseSubject, cs.status AS caseStatus,
            k.phone, k.direction, k.rep_name AS repName, k.started_at AS startedAt, k.ended_at AS endedAt
     FROM calls k JOIN customers c ON c.id = k.customer_id LEFT JOIN cases cs ON cs.id = k.case_id
     WHERE k.id = ?`,
  ),
  // The primary key's order (call_id, at, id) is the log's apply order: one range read.
  events: db.prepare<[string], StoredEventRow>(`SELECT at, id, type, payload FROM call_events WHERE call_id = ? ORDER BY at, id`),
  version: db.prepare<[string], LogVersion>(`SELECT count(*) AS count, max(at) AS lastAt FROM call_events WHERE call_id = ?`),
  // Served by the partial index calls_live.
  // A pulled call still running on another desk is not live here (calls.remote, 0040).
  liveIds: db.prepare<[], string>(`SELECT id FROM calls WHERE ended_at IS NULL AND remote = 0 ORDER BY started_at DESC`).pluck(),
  latestLive: db.prepare<[], string>(`SELECT id FROM calls WHERE ended_at IS NULL AND remote = 0 ORDER BY started_at DESC LIMIT 1`).pluck(),
  setScript: db.prepare<[string, string]>(`UPDATE calls SET script_id = ? WHERE id = ?`),
  setMoodStart: db.prepare<[Mood, string]>(`UPDATE calls SET mood_start = ? WHERE id = ?`),
  setMoodEnd: db.prepare<[Mood, string]>(`UPDATE calls SET mood_end = ? WHERE id = ?`),
  setOutcome: db.prepare<[Disposition, string | null, string]>(`UPDATE calls SET disposition = ?, summary = ? WHERE id = ?`),
  setEnded: db.prepare<[number, string]>(`UPDATE calls SET ended_at = ? WHERE id = ?`),
}));

export function getCallRecord(db: Database, callId: string): CallRecord | null {
  return statements(db).call.get(callId) ?? null;
}

export function callEventRows(db: Database, callId: string): StoredEventRow[] {
  return statements(db).events.all(callId);
}

/** How many events the log holds and its latest time: whether a cached fold is still current. */
export function callLogVersion(db: Database, callId: string): LogVersion {
  return statements(db).version.get(callId) ?? { count: 0, lastAt: null };
}

/** Calls with no end yet, most recent first. */
export function liveCallIds(db: Database): string[] {
  return statements(db).liveIds.all();
}

export function latestLiveCallId(db: Database): string | null {
  return statements(db).latestLive.get() ?? null;
}

export function setCallScript(db: Database, callId: string, scriptId: string): void {
  statements(db).setScript.run(scriptId, callId);
}

export function setCallMood(db: Database, callId: string, phase: 'start' | 'end', mood: Mood): void {
  const s = statements(db);
  (phase === 'start' ? s.setMoodStart : s.setMoodEnd).run(mood, callId);
}

/** An empty summary is stored as none, as history shows it. */
export function setCallOutcome(db: Database, callId: string, disposition: Disposition, summary: string): void {
  statements(db).setOutcome.run(disposition, summary === '' ? null : summary, callId);
}

export function setCallEnded(db: Database, callId: string, at: number): void {
  statements(db).setEnded.run(at, callId);
}
