import { ApiFailure } from '../../core/api/result.js';
import type { CallSnapshot } from '../../core/api/schemas/call.js';
import { applyEvent } from '../../core/call/reducer.js';
import { latestLiveCallId } from '../../db/tables/calls.js';
import { writeTransaction } from '../../db/transaction.js';
import { appendEvent } from '../calls/append.js';
import type { LoadedCall } from '../calls/callLog.js';
import { checkRecordable, refuseAnomaly } from '../calls/checks.js';
import { sameWrite, toCallEvent } from '../calls/derive.js';
import { startCall } from '../calls/start.js';
import { announce, snapshot } from '../calls/snapshot.js';
import type { BackendContext } from '../context.js';
import type { Handler, Handlers } from '../dispatch.js';
import { asConflict } from './storeErrors.js';

/**
 * After a commit: the new fold is the cache's, timers re-arm, and every window gets the
 * call as it now stands (the writer's answer is the same snapshot, so no window re-reads).
 */
export function afterWrite(ctx: BackendContext, call: LoadedCall): CallSnapshot {
  const callId = call.record.id;
  ctx.calls.remember(callId, call);
  if (call.state.endedAt !== null) ctx.callClocks.forget(callId);
  ctx.changed.call(callId);
  return announce(ctx, call);
}

export const start: Handler<'call.start'> = (input, ctx) => {
  const { call, created } = startCall(ctx, input);
  return created ? afterWrite(ctx, call) : snapshot(call, ctx);
};

/**
 * Appends one event: checked against the call so far, stamped with the call's clock,
 * completed with what the backend derives, then written with its projections in one
 * immediate transaction. A retry of an event already logged (same id, same content) gets
 * the same answer and writes nothing; the same id with other content is refused.
 */
export const record: Handler<'call.record'> = ({ callId, event: input }, ctx) => {
  const outcome = asConflict(() =>
    writeTransaction(ctx.db, (w) => {
      const call = ctx.calls.load(callId);
      if (!call) throw new ApiFailure('NOT_FOUND', 'No call with that id.');
      const logged = call.state.log.events.find((e) => e.id === input.id);
      if (logged) {
        if (sameWrite(logged, input, call.state, ctx.repName)) return { call, written: false };
        throw new ApiFailure('CONFLICT', 'An event with this id was already recorded with different content; make a new id for a new event.');
      }
      const now = ctx.callClocks.now(callId, call.version.lastAt);
      const catalog = ctx.scripts.catalog();
      checkRecordable(input, call.state, catalog, now);
      const event = toCallEvent(input, {
        callId,
        at: ctx.callClocks.stamp(callId, call.version.lastAt),
        state: call.state,
        customerName: call.record.customerName,
        caseNumber: call.record.caseNumber,
        repName: ctx.repName,
        catalog,
      });
      const folded = applyEvent(call.state, event, catalog);
      refuseAnomaly(call.state, folded, event);
      return { call: appendEvent({ db: w, repName: ctx.repName, catalog, now: ctx.clock.now() }, call, event, folded), written: true };
    }),
  );
  return outcome.written ? afterWrite(ctx, outcome.call) : snapshot(outcome.call, ctx);
};

export const get: Handler<'call.get'> = ({ callId }, ctx) => {
  const call = ctx.calls.load(callId);
  if (!call) throw new ApiFailure('NOT_FOUND', 'No call with that id.');
  return snapshot(call, ctx);
};

/** The call still open on this desk (whoever took it): a reload resumes it. */
export const active: Handler<'call.active'> = (_input, ctx) => {
  const callId = latestLiveCallId(ctx.db);
  const call = callId === null ? null : ctx.calls.load(callId);
  return { call: call ? snapshot(call, ctx) : null };
};

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const callHandlers = {
  'call.start': start,
  'call.record': record,
  'call.get': get,
  'call.active': active,
} satisfies Partial<Handlers>;
