import { z } from 'zod';
import { Timestamp } from '../../model/customer.js';
import { Id } from '../../model/ids.js';
import { Role } from '../../sync/enrolment.js';
import type { EvaluationKind, EvaluationStatus } from './schema.js';

// The life of an evaluation: draft -> submitted -> acknowledged, or submitted -> disputed ->
// resolved (by a new revision, or a refusal with a reason). One pure function decides every
// step, for the UI (which buttons to offer), the backend and the server (which refuse the
// same steps with the same message).

const reason = z.string().trim().min(1, 'Give a reason').max(1000);

export const StatusAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('acknowledge') }),
  z.object({ type: z.literal('dispute'), reason }),
  z.object({ type: z.literal('resolve'), outcome: z.literal('revised') }),
  z.object({ type: z.literal('resolve'), outcome: z.literal('refused'), reason }),
]);
export type StatusAction = z.infer<typeof StatusAction>;

/** One status change as stored and synced (append-only, unique by id). */
export const StatusRecord = z.object({
  id: Id,
  evaluationId: Id,
  at: Timestamp,
  by: z.object({ userId: z.string().min(1), role: Role }),
  /** The revision it is about: the one submitted, acknowledged or disputed; the new one a resolution made. */
  revision: z.number().int().min(1),
  action: StatusAction,
});
export type StatusRecord = z.infer<typeof StatusRecord>;

export type Actor = StatusRecord['by'];

/** Where an evaluation stands. */
export type StatusState = {
  status: EvaluationStatus;
  /** The revision the rep sees (the last submitted, or the one a dispute was resolved with). */
  shownRevision: number | null;
  disputedRevision: number | null;
};

export const INITIAL_STATUS: StatusState = { status: 'draft', shownRevision: null, disputedRevision: null };

/** What the status function needs to know about the evaluation itself. */
export type StatusSubject = { kind: EvaluationKind; repId: string; evaluatorId: string; latestRevision: number };

export type StatusResult = { ok: true; state: StatusState } | { ok: false; error: string };

const refuse = (error: string): StatusResult => ({ ok: false, error });
const isQa = (a: Actor) => a.role === 'qa' || a.role === 'admin';
const isTheRep = (a: Actor, s: StatusSubject) => (a.role === 'rep' || a.role === 'trainee') && a.userId === s.repId;

export function nextStatus(state: StatusState, action: StatusAction, revision: number, actor: Actor, subject: StatusSubject): StatusResult {
  const verb = action.type;
  const from = state.status;
  switch (action.type) {
    case 'submit':
      if (from !== 'draft') return refuse(`Cannot submit: the evaluation is already ${from}`);
      if (!isQa(actor)) return refuse('Only QA or an admin submits an evaluation');
      if (actor.role !== 'admin' && actor.userId !== subject.evaluatorId) return refuse('Only the evaluator submits their evaluation');
      if (revision !== subject.latestRevision) return refuse(`Submit the latest revision (${subject.latestRevision}), not revision ${revision}`);
      return { ok: true, state: { status: 'submitted', shownRevision: revision, disputedRevision: null } };
    case 'acknowledge':
    case 'dispute':
      if (subject.kind === 'calibration') return refuse(`Cannot ${verb}: a calibration evaluation is not shown to the rep`);
      if (from !== 'submitted') return refuse(`Cannot ${verb} an evaluation that is ${from}${from === 'draft' ? ': it has not been submitted' : ''}`);
      if (!isTheRep(actor, subject)) return refuse(`Only the rep whose call it is may ${verb} it`);
      if (revision !== state.shownRevision) return refuse(`Cannot ${verb} revision ${revision}: the rep was shown revision ${String(state.shownRevision)}`);
      return { ok: true, state: { ...state, status: action.type === 'acknowledge' ? 'acknowledged' : 'disputed', disputedRevision: action.type === 'dispute' ? revision : null } };
    case 'resolve': {
      if (from !== 'disputed') return refuse(`Cannot resolve an evaluation that is ${from}: only a disputed one`);
      if (!isQa(actor)) return refuse('Only QA or an admin resolves a dispute');
      const disputed = state.disputedRevision ?? 0;
      if (action.outcome === 'revised') {
        if (revision <= disputed || revision > subject.latestRevision) return refuse(`Resolve with a new revision: after ${disputed}, up to the latest (${subject.latestRevision}); got ${revision}`);
        return { ok: true, state: { status: 'resolved', shownRevision: revision, disputedRevision: disputed } };
      }
      if (revision !== disputed) return refuse(`A refusal keeps the disputed revision (${disputed}), not ${revision}`);
      return { ok: true, state: { ...state, status: 'resolved' } };
    }
    default: {
      const unknown: never = action;
      return refuse(`Unknown action ${(unknown as { type: string }).type}`);
    }
  }
}

export type StatusFold = {
  state: StatusState;
  /** The accepted changes in order, with the status they led to. */
  history: readonly { record: StatusRecord; to: EvaluationStatus }[];
  /** Changes refused (say, a dispute that crossed an acknowledgement from another desk), with why. */
  rejected: readonly { record: StatusRecord; reason: string }[];
};

/**
 * The status from its log: records in (at, id) order, each applied if legal at that point,
 * else kept aside with the reason. Any delivery order of the same records gives the same answer.
 */
export function foldStatus(records: readonly StatusRecord[], subject: StatusSubject): StatusFold {
  const unique = [...new Map(records.map((r) => [r.id, r])).values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let state = INITIAL_STATUS;
  const history: { record: StatusRecord; to: EvaluationStatus }[] = [];
  const rejected: { record: StatusRecord; reason: string }[] = [];
  for (const record of unique) {
    const r = nextStatus(state, record.action, record.revision, record.by, subject);
    if (r.ok) {
      state = r.state;
      history.push({ record, to: state.status });
    } else rejected.push({ record, reason: r.error });
  }
  return { state, history, rejected };
}
