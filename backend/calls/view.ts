import type { CallView, HoldView } from '../../core/api/schemas/call.js';
import { closingMissing } from '../../core/call/closingCheck.js';
import { callbackState, holdDeadlines, promptState, type HoldPolicy } from '../../core/call/holdPolicy.js';
import { holdStats } from '../../core/call/holdStats.js';
import { currentHold, type CallState } from '../../core/call/state.js';
import { wrapUpMissing } from '../../core/call/wrapUp.js';
import type { LoadedCall } from './callLog.js';

/** Where the hold stands at `now` by the team's policy: all derived from the log's times. */
export function holdView(state: CallState, policy: HoldPolicy, now: number): HoldView {
  const open = currentHold(state.hold);
  const deadlines = holdDeadlines(state.hold, policy);
  return {
    onHold: open !== null,
    startedAt: open?.startedAt ?? null,
    prompt: promptState(open, policy, now),
    checkinNumber: deadlines?.checkinNumber ?? null,
    checkinDueAt: deadlines?.checkinDueAt ?? null,
    checkinLateAt: deadlines?.checkinLateAt ?? null,
    callback: callbackState(state.hold, policy, now),
    stats: holdStats(state.hold.holds, policy, now),
  };
}

/** What every call command answers: the call's row, its folded log, and what is due now. */
export function callView(call: LoadedCall, policy: HoldPolicy, now: number): CallView {
  const { record, state } = call;
  return {
    callId: record.id,
    customer: { id: record.customerId, name: record.customerName },
    case:
      record.caseId !== null && record.caseNumber !== null && record.caseSubject !== null && record.caseStatus !== null
        ? { id: record.caseId, number: record.caseNumber, subject: record.caseSubject, status: record.caseStatus }
        : null,
    state,
    events: [...state.log.events],
    hold: holdView(state, policy, now),
    closingMissing: closingMissing(state),
    wrapUpMissing: wrapUpMissing(state),
    now,
  };
}
