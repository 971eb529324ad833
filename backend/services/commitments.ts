import { ApiFailure } from '../../core/api/result.js';
import type { CommitmentWithHistory } from '../../core/api/schemas/commitments.js';
import { appendOutbox } from '../../db/tables/outbox.js';
import {
  closeCommitment,
  commitmentChanges,
  getCommitmentRecord,
  insertCommitmentChange,
  openCommitmentsDueBy,
  setCommitmentDue,
  type CommitmentRecord,
} from '../../db/tables/commitments.js';
import { writeTransaction } from '../../db/transaction.js';
import { refuseDueInPast } from '../calls/checks.js';
import { dueItemOf, withHistory } from '../commitments/views.js';
import { commitmentDone, commitmentRescheduled } from '../sync/changes.js';
import type { BackendContext } from '../context.js';
import type { Handler, Handlers } from '../dispatch.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The callback list is for reading, not paging: a rep with more open promises than this has a bigger problem. */
const DUE_LIST_LIMIT = 500;

export const due: Handler<'commitments.due'> = ({ until }, ctx) => {
  const now = ctx.clock.now();
  return { commitments: openCommitmentsDueBy(ctx.db, until ?? now + DAY_MS, DUE_LIST_LIMIT).map((r) => dueItemOf(r, now)) };
};

export const get: Handler<'commitments.get'> = ({ commitmentId }, ctx) => read(ctx, commitmentId);

/** Kept. Terminal: keeping it again answers the same; a cancelled promise cannot be kept. */
export const complete: Handler<'commitments.complete'> = ({ commitmentId }, ctx) => {
  const changed = writeTransaction(ctx.db, (w) => {
    const r = found(ctx, commitmentId);
    if (r.status === 'done') return false;
    if (r.status === 'cancelled') throw new ApiFailure('CONFLICT', 'This promise was cancelled; it cannot be marked kept.');
    const now = ctx.clock.now();
    closeCommitment(w, r.id, 'done', now);
    insertCommitmentChange(w, r.id, { at: now, action: 'done', dueAt: r.dueAt, previousDueAt: null, by: ctx.repName, reason: null });
    appendOutbox(w, commitmentDone(r.id, now), now);
    return true;
  });
  if (changed) ctx.changed.commitments();
  return read(ctx, commitmentId);
};

/** Moves an open promise's due time, keeping the old one in its history; a kept or cancelled one stays as it ended. */
export const reschedule: Handler<'commitments.reschedule'> = ({ commitmentId, dueAt, reason }, ctx) => {
  const changed = writeTransaction(ctx.db, (w) => {
    const r = found(ctx, commitmentId);
    if (r.status !== 'open') {
      throw new ApiFailure('CONFLICT', `This promise was ${r.status === 'done' ? 'kept' : 'cancelled'}; its due time can no longer change.`);
    }
    if (dueAt === r.dueAt) return false; // a retry, or nothing to move
    const now = ctx.clock.now();
    refuseDueInPast(dueAt, now, 'The new due time');
    setCommitmentDue(w, r.id, dueAt);
    const why = reason === undefined || reason === '' ? null : reason;
    insertCommitmentChange(w, r.id, { at: now, action: 'rescheduled', dueAt, previousDueAt: r.dueAt, by: ctx.repName, reason: why });
    appendOutbox(w, commitmentRescheduled(r.id, dueAt, now), now);
    return true;
  });
  if (changed) ctx.changed.commitments();
  return read(ctx, commitmentId);
};

function found(ctx: BackendContext, id: string): CommitmentRecord {
  const r = getCommitmentRecord(ctx.db, id);
  if (!r) throw new ApiFailure('NOT_FOUND', 'No promise with that id.');
  return r;
}

function read(ctx: BackendContext, id: string): CommitmentWithHistory {
  const r = found(ctx, id);
  return withHistory(r, commitmentChanges(ctx.db, id), ctx.clock.now());
}

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const commitmentHandlers = {
  'commitments.due': due,
  'commitments.get': get,
  'commitments.complete': complete,
  'commitments.reschedule': reschedule,
} satisfies Partial<Handlers>;
