import type { Database } from 'better-sqlite3';
import { CallEvent } from '../../../core/call/events.js';
import type { EntityState } from '../../../core/sync/index.js';
import { insertHandover } from '../../../db/tables/handovers.js';
import { insertCallRow, touchCase } from '../../../db/queries/rows.js';
import { insertCallEventIfNew, markCallRemote, rowExists, setCallProjection, type CallProjection } from '../../../db/queries/syncProjection.js';
import { NotYet, rowsInOrder } from './fields.js';

// A call's log (entity call_event, one per call): its events merge by union, so the
// projection adds the events this store lacks and re-derives the call row's summary columns
// from the whole log. Notes and promises made on the call arrive as their own entities
// (note, commitment), which carry their author; they are not projected from the log.

export function projectCallLog(db: Database, state: EntityState): void {
  const callId = state.entityId;
  const events: CallEvent[] = [];
  for (const row of rowsInOrder(state, 'at')) {
    // An event this build cannot read (a newer client's, or a corrupt one) stays in the
    // synced log but is not projected: the row tables only hold what the app understands.
    const parsed = CallEvent.safeParse({ ...row.row, callId });
    if (parsed.success) events.push(parsed.data);
  }
  const started = events.find((e) => e.type === 'call.started');
  if (!rowExists(db, 'call', callId)) {
    if (!started) throw new NotYet(`call ${callId} has no call.started yet`);
    if (!rowExists(db, 'customer', started.customerId)) throw new NotYet(`call ${callId} waits for customer ${started.customerId}`);
    if (started.caseId !== null && !rowExists(db, 'case', started.caseId)) throw new NotYet(`call ${callId} waits for case ${started.caseId}`);
    insertCallRow(db, {
      id: callId,
      customer_id: started.customerId,
      case_id: started.caseId,
      phone: started.phone,
      direction: started.direction,
      rep_name: started.repName,
      started_at: started.at,
      ended_at: null,
      mood_start: null,
      mood_end: null,
      disposition: null,
      summary: null,
    });
    markCallRemote(db, callId);
  }
  for (const e of events) {
    const { id, callId: _call, at, type, ...payload } = e;
    insertCallEventIfNew(db, { callId, at, id, type, payload: JSON.stringify(payload) });
  }
  setCallProjection(db, callId, summarize(events));
  for (const e of events) {
    if ((e.type === 'transfer' || e.type === 'escalation') && !rowExists(db, 'handover', e.id) && started) {
      insertHandover(db, {
        id: e.id,
        callId,
        customerId: started.customerId,
        caseId: started.caseId,
        kind: e.type,
        to: e.to,
        fromRep: started.repName,
        reason: e.type === 'escalation' ? e.reason : null,
        at: e.at,
        summary: JSON.stringify(e.handover),
      });
    }
  }
  const last = events.at(-1);
  if (started?.caseId && last) touchCase(db, started.caseId, last.at);
}

/** The calls row's derived columns, as the live call's own projection (calls/append.ts) sets them. */
function summarize(events: readonly CallEvent[]): CallProjection {
  const p: CallProjection = { scriptId: null, moodStart: null, moodEnd: null, disposition: null, summary: null, endedAt: null };
  for (const e of events) {
    if (e.type === 'call.started' || e.type === 'script.switched') p.scriptId = e.scriptId;
    else if (e.type === 'mood.set') {
      if (e.phase === 'start') p.moodStart = e.mood;
      else p.moodEnd = e.mood;
    } else if (e.type === 'disposition.set') {
      p.disposition = e.disposition;
      p.summary = e.summary;
    } else if (e.type === 'call.ended') p.endedAt = e.at;
  }
  return p;
}
