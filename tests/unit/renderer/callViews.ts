import type { CallView } from '../../../core/api/schemas/call.js';
import {
  callbackState,
  closingMissing,
  currentHold,
  DEFAULT_HOLD_POLICY,
  holdDeadlines,
  holdStats,
  promptState,
  reduceCall,
  wrapUpMissing,
  type CallEvent,
} from '../../../core/call/index.js';
import { callLog, CALL_ID, CASE_ID, CUSTOMER_ID, T0, type LogBuilder } from '../core/call/builders.js';

// CallViews for the renderer's tests, made the way the contract describes them: the state
// by core's reducer, the hold view by core's policy at `now`. The backend's own view may
// add detail; the renderer must only rely on what the contract says.

export { CALL_ID, CASE_ID, CUSTOMER_ID, T0 };

export function viewOf(events: readonly CallEvent[], now: number, extra: Partial<CallView> = {}): CallView {
  const state = reduceCall(events);
  const policy = DEFAULT_HOLD_POLICY;
  const open = currentHold(state.hold);
  const d = holdDeadlines(state.hold, policy);
  return {
    callId: CALL_ID,
    customer: { id: CUSTOMER_ID, name: 'Ann Lee' },
    case: { id: CASE_ID, number: 'HRD-7K4Q-M2X9', subject: 'Refund not received', status: 'open' },
    state,
    events: [...state.log.events],
    hold: {
      onHold: open !== null,
      startedAt: open?.startedAt ?? null,
      prompt: promptState(open, policy, now),
      checkinNumber: d?.checkinNumber ?? null,
      checkinDueAt: d?.checkinDueAt ?? null,
      checkinLateAt: d?.checkinLateAt ?? null,
      callback: callbackState(state.hold, policy, now),
      stats: holdStats(state.hold.holds, policy, now),
    },
    closingMissing: closingMissing(state),
    wrapUpMissing: wrapUpMissing(state),
    now,
    ...extra,
  };
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
