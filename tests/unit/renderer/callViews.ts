import type { CallSnapshot, CallView } from '../../../core/api/schemas/call.js';
import { callView, DEFAULT_HOLD_POLICY, reduceCall, type CallEvent } from '../../../core/call/index.js';
import { callLog, CALL_ID, CASE_ID, CUSTOMER_ID, T0, type LogBuilder } from '../core/call/builders.js';

// Calls for the renderer's tests, made as the backend sends them (a snapshot of the log)
// and folded by the one view function in core/call/view.ts, as the renderer folds them.

export { CALL_ID, CASE_ID, CUSTOMER_ID, T0 };

export function snapshotOf(events: readonly CallEvent[], now: number, extra: Partial<CallSnapshot> = {}): CallSnapshot {
  return {
    callId: CALL_ID,
    customer: { id: CUSTOMER_ID, name: 'Ann Lee' },
    case: { id: CASE_ID, number: 'HRD-7K4Q-M2X9', subject: 'Refund not received', status: 'open' },
    events: [...reduceCall(events).log.events],
    scripts: [],
    policy: DEFAULT_HOLD_POLICY,
    now,
    ...extra,
  };
}

export function viewOf(events: readonly CallEvent[], now: number, extra: Partial<CallSnapshot> = {}): CallView {
  return callView(snapshotOf(events, now, extra));
}

/** A HEARD call started at T0 with the caller on the line. */
export function startedLog(scriptId = 'heard'): LogBuilder {
  return callLog().add('call.started', {
    customerId: CUSTOMER_ID,
    caseId: CASE_ID,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Dana Rep',
    scriptId,
  });
}
