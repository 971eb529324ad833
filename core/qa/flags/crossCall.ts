import type { CallState } from '../../call/state.js';
import { REPEAT_WINDOW_DAYS } from '../../insight/repeatCall.js';
import { formatSpan } from '../checks/context.js';
import { byTime, type ReviewFlag } from './types.js';

// Flags that need more than one call's log: the caller rang again within the window (the
// first call probably did not resolve it), or a promise made on the call was not kept.

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the queue knows of a call without its log. */
export type CallRef = {
  callId: string;
  customerId: string;
  caseId: string | null;
  startedAt: number;
  /** The call.started event, for the flag to point at; null if not known. */
  startEventId: string | null;
};

function days(ms: number): string {
  const d = Math.floor(ms / DAY_MS);
  return d === 0 ? 'earlier the same day' : d === 1 ? '1 day earlier' : `${d} days earlier`;
}

/** Most recent first; calls at the same instant by id, so the answer never depends on input order. */
function later(a: CallRef, b: CallRef): boolean {
  return a.startedAt > b.startedAt || (a.startedAt === b.startedAt && a.callId > b.callId);
}

function repeatFlag(call: CallRef, earlier: CallRef, sameCase: boolean): ReviewFlag {
  const who = sameCase ? 'about the same case' : 'from the same customer';
  return {
    kind: 'repeat_call',
    at: call.startedAt,
    eventId: call.startEventId,
    reason: `Repeat call ${who}: the previous call was ${days(call.startedAt - earlier.startedAt)}`,
    relatedCallId: earlier.callId,
  };
}

/**
 * A repeat: another call of the same case, or of the same customer, started within
 * `windowDays` before this one (floors commonly count 7 days, as core/insight does). The same
 * case wins over the same customer (it is the stronger sign), then the most recent call.
 */
export function repeatCallFlag(call: CallRef, others: readonly CallRef[], windowDays = REPEAT_WINDOW_DAYS): ReviewFlag | null {
  const since = call.startedAt - windowDays * DAY_MS;
  let best: { ref: CallRef; sameCase: boolean } | null = null;
  for (const o of others) {
    if (o.callId === call.callId || o.startedAt >= call.startedAt || o.startedAt < since) continue;
    const sameCase = call.caseId !== null && o.caseId === call.caseId;
    if (!sameCase && o.customerId !== call.customerId) continue;
    const better = best === null || (sameCase && !best.sameCase) || (sameCase === best.sameCase && later(o, best.ref));
    if (better) best = { ref: o, sameCase };
  }
  return best === null ? null : repeatFlag(call, best.ref, best.sameCase);
}

/**
 * repeatCallFlag for every call at once, for the queue over a team's calls: calls grouped by
 * customer and by case, each compared only with the ones just before it in its group, so
 * 100,000 calls cost a sort, not n².
 */
export function repeatCallFlags(calls: readonly CallRef[], windowDays = REPEAT_WINDOW_DAYS): Map<string, ReviewFlag> {
  const windowMs = windowDays * DAY_MS;
  const sorted = [...calls].sort((a, b) => a.startedAt - b.startedAt || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0));
  const lastByCase = new Map<string, CallRef>();
  const lastByCustomer = new Map<string, CallRef>();
  const out = new Map<string, ReviewFlag>();
  // Calls at the same instant are not repeats of each other (startedAt must be strictly before).
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j < sorted.length && sorted[j]?.startedAt === sorted[i]?.startedAt) j++;
    const batch = sorted.slice(i, j);
    for (const call of batch) {
      const byCase = call.caseId === null ? undefined : lastByCase.get(call.caseId);
      const byCustomer = lastByCustomer.get(call.customerId);
      const within = (o: CallRef | undefined): o is CallRef => o !== undefined && call.startedAt - o.startedAt <= windowMs;
      if (within(byCase)) out.set(call.callId, repeatFlag(call, byCase, true));
      else if (within(byCustomer)) out.set(call.callId, repeatFlag(call, byCustomer, false));
    }
    for (const call of batch) {
      if (call.caseId !== null) lastByCase.set(call.caseId, call);
      lastByCustomer.set(call.customerId, call);
    }
    i = j;
  }
  return out;
}

/** What became of a commitment after the call (from the commitments store). */
export type CommitmentOutcome = {
  commitmentId: string;
  status: 'open' | 'done' | 'cancelled';
  /** When it was marked done, if known. */
  doneAt: number | null;
};

/**
 * Promises made on this call and not kept: still open past their due time, or done only
 * after it (DOMAIN.md: call when you said you would). A commitment with no outcome on record
 * counts as open. Cancelled ones are not flagged: cancelling is a decision, with its own trail.
 */
export function brokenPromiseFlags(state: CallState, outcomes: readonly CommitmentOutcome[], now: number): ReviewFlag[] {
  const made = new Map<string, { id: string; at: number }>();
  const refused = new Set(state.anomalies.map((a) => a.eventId));
  // The first record of each commitment: when it was promised (a later one corrects it).
  for (const e of state.log.events) if (e.type === 'commitment.made' && !refused.has(e.id) && !made.has(e.commitmentId)) made.set(e.commitmentId, { id: e.id, at: e.at });
  const out: ReviewFlag[] = [];
  for (const c of state.commitments) {
    const outcome = outcomes.find((o) => o.commitmentId === c.id);
    const status = outcome?.status ?? 'open';
    const event = made.get(c.id);
    const eventId = event?.id ?? null;
    const at = c.madeAt;
    if (status === 'open' && c.dueAt < now) {
      out.push({ kind: 'broken_promise', at, eventId, reason: `Promise "${c.description}" (${c.owner}) was due ${formatSpan(now - c.dueAt)} ago and is not done`, relatedCallId: null });
    } else if (status === 'done' && outcome?.doneAt != null && outcome.doneAt > c.dueAt) {
      out.push({ kind: 'broken_promise', at, eventId, reason: `Promise "${c.description}" (${c.owner}) was kept ${formatSpan(outcome.doneAt - c.dueAt)} late`, relatedCallId: null });
    }
  }
  return out.sort(byTime);
}
