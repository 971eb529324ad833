import type { RejectedChangeView } from '../../core/api/index.js';
import type { JsonValue } from '../../core/sync/index.js';
import { rejectedOutbox, type RejectedEntry } from '../../db/tables/outbox.js';
import { readMeta, writeMeta } from '../../db/tables/syncState.js';
import { writeTransaction } from '../../db/transaction.js';
import type { Handler, Handlers } from '../dispatch.js';
import { syncStatus } from '../sync/status.js';

// Sync settings and state (issue 4, "Client"). Enrolment and "sync now" reach the server,
// so they start the work and answer with the status at once; the outcome follows as a
// sync.changed event.

export const status: Handler<'sync.status'> = (_input, ctx) => syncStatus(ctx.db, ctx.sync, ctx.clock.now());

export const enrol: Handler<'sync.enrol'> = (input, ctx) => {
  void ctx.sync.enrol(input);
  return syncStatus(ctx.db, ctx.sync, ctx.clock.now());
};

export const signOut: Handler<'sync.signOut'> = (_input, ctx) => {
  ctx.sync.signOut();
  return syncStatus(ctx.db, ctx.sync, ctx.clock.now());
};

export const setPaused: Handler<'sync.setPaused'> = ({ paused }, ctx) => {
  ctx.sync.setPaused(paused);
  return syncStatus(ctx.db, ctx.sync, ctx.clock.now());
};

export const now: Handler<'sync.now'> = (_input, ctx) => {
  void ctx.sync.syncNow();
  return syncStatus(ctx.db, ctx.sync, ctx.clock.now());
};

export const reviewRejections: Handler<'sync.reviewRejections'> = ({ throughSeq }, ctx) => {
  if (throughSeq > readMeta(ctx.db, 'reviewedThrough')) writeTransaction(ctx.db, (w) => writeMeta(w, 'reviewedThrough', throughSeq));
  const status = syncStatus(ctx.db, ctx.sync, ctx.clock.now());
  ctx.emit('sync.changed', status);
  return status;
};

export const rejections: Handler<'sync.rejections'> = ({ limit }, ctx) => ({ rejected: rejectedOutbox(ctx.db, limit).map(view) });

function view(r: RejectedEntry): RejectedChangeView {
  return { seq: r.seq, entity: r.entity, entityId: r.entityId, kind: r.kind, summary: summarize(r), reason: r.reason, madeAt: r.createdAt, rejectedAt: r.rejectedAt };
}

const quote = (v: JsonValue | undefined, max = 60): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v ?? null);
  return text.length > max ? `“${text.slice(0, max - 1)}…”` : `“${text}”`;
};

/** One line a rep can recognise their own work by (a case edit's bookkeeping fields left out). */
function summarize(r: RejectedEntry): string {
  const f = r.fields;
  switch (r.entity) {
    case 'note':
      return `Note ${quote(f.body)}`;
    case 'customer':
      return f.name !== undefined ? `Customer ${quote(f.name)}` : `Customer edit (${Object.keys(f).join(', ')})`;
    case 'case':
      return f.subject !== undefined ? `Case ${quote(f.subject)}` : `Case edit: ${Object.entries(f).filter(([k]) => k !== 'updatedBy' && k !== 'basis').map(([k, v]) => `${k} ${quote(v, 30)}`).join(', ')}`;
    case 'call_event':
      return r.kind === 'terminal' ? 'Call record finalized' : `Call event ${String(f.type ?? '')}`;
    case 'commitment':
      return r.kind === 'terminal' ? `Promise marked ${String(f.status)}` : f.description !== undefined ? `Promise ${quote(f.description)}` : 'Promise rescheduled';
    default:
      return `${r.entity} ${r.kind}`;
  }
}

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const syncHandlers = {
  'sync.status': status,
  'sync.enrol': enrol,
  'sync.signOut': signOut,
  'sync.setPaused': setPaused,
  'sync.now': now,
  'sync.rejections': rejections,
  'sync.reviewRejections': reviewRejections,
} satisfies Partial<Handlers>;
