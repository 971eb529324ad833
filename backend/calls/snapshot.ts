import type { CallSnapshot } from '../../core/api/schemas/call.js';
import { snapshotOf } from '../../core/call/view.js';
import type { BackendContext } from '../context.js';
import type { LoadedCall } from './callLog.js';

// A call as it leaves the backend: a snapshot of its log (core/call/view.ts), which every
// window folds into its view with the same function the backend's tests use.

/** The call as it crosses the contract, at its own clock's now (a finished call has no clock: the wall's). */
export function snapshot(call: LoadedCall, ctx: BackendContext): CallSnapshot {
  const now = call.state.endedAt === null ? ctx.callClocks.now(call.record.id, call.version.lastAt) : ctx.clock.now();
  const { record } = call;
  const kase =
    record.caseId !== null && record.caseNumber !== null && record.caseSubject !== null && record.caseStatus !== null
      ? { id: record.caseId, number: record.caseNumber, subject: record.caseSubject, status: record.caseStatus }
      : null;
  const catalog = ctx.scripts.catalog();
  return snapshotOf({ callId: record.id, customer: { id: record.customerId, name: record.customerName }, case: kase, state: call.state }, (id) => catalog.get(id), ctx.holdPolicy(), now);
}

/** Tells every window the call as it now stands (after a commit that grew its log); returns the snapshot sent. */
export function announce(ctx: BackendContext, call: LoadedCall): CallSnapshot {
  const snap = snapshot(call, ctx);
  ctx.emit('call.changed', { callId: call.record.id, call: snap });
  return snap;
}
