import type { CallEvent } from '../../core/call/events.js';
import { applyEvent } from '../../core/call/reducer.js';
import type { ScriptCatalog } from '../../core/call/scripts/catalog.js';
import type { CallState } from '../../core/call/state.js';
import { insertCallEvent } from '../../db/tables/callEvents.js';
import { setCallEnded, setCallMood, setCallOutcome, setCallScript, type CallRecord } from '../../db/tables/calls.js';
import { touchCase } from '../../db/tables/cases.js';
import { insertCommitment, insertCommitmentChange } from '../../db/tables/commitments.js';
import { insertHandover } from '../../db/tables/handovers.js';
import { insertNote } from '../../db/tables/notes.js';
import { appendOutbox } from '../../db/tables/outbox.js';
import type { WritableDb } from '../../db/transaction.js';
import { callEventChanges } from '../sync/changes.js';
import type { LoadedCall } from './callLog.js';

/**
 * `db`: the handle of the caller's immediate transaction (writeTransaction). `now`: the wall
 * clock, which stamps the outbox's change records (the event's own time is the call clock's).
 */
export type AppendContext = { db: WritableDb; repName: string; catalog: ScriptCatalog; now: number };

/**
 * Appends one event to a call's log with everything it projects into the other tables: the
 * note, the promise and its first history entry, the call row's moods, outcome and end, the
 * hand-over, the case's last-touched time, and the change records for sync (the outbox). Must run inside the caller's immediate
 * transaction, so the event and its projections land together or not at all. Returns the
 * call with the new event folded in; the caller hands it to CallLog once the transaction
 * has committed.
 */
export function appendEvent(c: AppendContext, call: LoadedCall, event: CallEvent, folded?: CallState): LoadedCall {
  const { db } = c;
  const { id, callId, at, type, ...payload } = event;
  insertCallEvent(db, { id, callId, at, type, payload });
  const record = project(c, call.record, event);
  if (record.caseId !== null) touchCase(db, record.caseId, at);
  appendOutbox(db, callEventChanges(record, event, c.repName, c.now), c.now);
  const lastAt = call.version.lastAt === null ? at : Math.max(call.version.lastAt, at);
  // `folded`: the caller may have folded the event already (to check it); it is the same fold.
  const state = folded ?? applyEvent(call.state, event, c.catalog);
  return { record, state, version: { count: call.version.count + 1, lastAt } };
}

function project(c: AppendContext, record: CallRecord, e: CallEvent): CallRecord {
  const { db } = c;
  switch (e.type) {
    case 'call.started':
    case 'script.switched':
      setCallScript(db, record.id, e.scriptId);
      return record;
    case 'note.added':
      insertNote(db, { id: e.noteId, customerId: record.customerId, caseId: record.caseId, callId: record.id, body: e.body, author: c.repName, createdAt: e.at });
      return record;
    case 'mood.set':
      setCallMood(db, record.id, e.phase, e.mood);
      return record;
    case 'commitment.made':
      insertCommitment(db, {
        id: e.commitmentId,
        customerId: record.customerId,
        caseId: record.caseId,
        callId: record.id,
        description: e.description,
        owner: e.owner,
        dueAt: e.dueAt,
        createdAt: e.at,
      });
      insertCommitmentChange(db, e.commitmentId, { at: e.at, action: 'made', dueAt: e.dueAt, previousDueAt: null, by: c.repName, reason: null });
      return record;
    case 'transfer':
    case 'escalation':
      insertHandover(db, {
        id: e.id,
        callId: record.id,
        customerId: record.customerId,
        caseId: record.caseId,
        kind: e.type,
        to: e.to,
        fromRep: c.repName,
        reason: e.type === 'escalation' ? e.reason : null,
        at: e.at,
        summary: JSON.stringify(e.handover),
      });
      return record;
    case 'disposition.set':
      setCallOutcome(db, record.id, e.disposition, e.summary);
      return record;
    case 'call.ended':
      setCallEnded(db, record.id, e.at);
      return { ...record, endedAt: e.at };
    default:
      return record;
  }
}
