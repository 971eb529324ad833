import { CallEvent } from '../../../core/call/events.js';
import type { EntityState } from '../../../core/sync/index.js';
import { insertCallEvent } from '../../../db/tables/callEvents.js';
import { callExists, insertCall, setCallProjection, type CallProjection } from '../../../db/tables/calls.js';
import { caseExists, touchCase } from '../../../db/tables/cases.js';
import { customerExists } from '../../../db/tables/customers.js';
import { handoverExists, insertHandover } from '../../../db/tables/handovers.js';
import type { WritableDb } from '../../../db/transaction.js';
import { NotYet, rowsInOrder } from './fields.js';

// A call's log (entity call_event, one per call): its events merge by union, so the
// projection adds the events this store lacks and re-derives the call row's summary columns
// from the whole log. Notes and promises made on the call arrive as their own entities
// (note, commitment), which carry their author; they are not projected from the log.

export function projectCallLog(w: WritableDb, state: EntityState): void {
  const callId = state.entityId;
  const events: CallEvent[] = [];
  for (const row of rowsInOrder(state, 'at')) {
    // An event this build cannot read (a newer client's, or a corrupt one) stays in the
    // synced log but is not projected: the row tables only hold what the app understands.
    const parsed = CallEvent.safeParse({ ...row.row, callId });
    if (parsed.success) events.push(parsed.data);
  }
  const started = events.find((e) => e.type === 'call.started');
  if (!callExists(w, callId)) {
    if (!started) throw new NotYet(`call ${callId} has no call.started yet`);
    if (!customerExists(w, started.customerId)) throw new NotYet(`call ${callId} waits for customer ${started.customerId}`);
    if (started.caseId !== null && !caseExists(w, started.caseId)) throw new NotYet(`call ${callId} waits for case ${started.caseId}`);
    const { customerId, caseId, phone, direction, repName, at } = started;
    insertCall(w, { id: callId, customerId, caseId, phone, direction, repName, startedAt: at, remote: true });
  }
  for (const e of events) {
    const { id, callId: _call, at, type, ...payload } = e;
    insertCallEvent(w, { callId, at, id, type, payload }, { ifNew: true });
  }
  setCallProjection(w, callId, summarize(events));
  for (const e of events) {
    if ((e.type === 'transfer' || e.type === 'escalation') && !handoverExists(w, e.id) && started) {
      insertHandover(w, {
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
  if (started?.caseId && last) touchCase(w, started.caseId, last.at);
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
