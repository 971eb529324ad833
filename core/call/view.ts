import type { CaseStatus } from '../model/enums.js';
import { closingMissing } from './closingCheck.js';
import type { ClosingItemId } from './closing.js';
import type { CallEvent } from './events.js';
import { callbackState, holdDeadlines, promptState, type HoldPolicy } from './holdPolicy.js';
import { holdStats, type HoldStats } from './holdStats.js';
import { reduceCall } from './reducer.js';
import { BUILT_IN_SCRIPT_IDS, scriptCatalog } from './scripts/catalog.js';
import type { ScriptDefinition } from './scripts/schema.js';
import { currentHold, type CallState } from './state.js';
import { wrapUpMissing, type WrapUpField } from './wrapUp.js';

// The one view of a call: from its log to what every screen shows. The backend sends a
// call as a snapshot (its log, the custom scripts the log names, the team's hold policy,
// and the backend's clock), and every side (the live call screen, the backend's own tests,
// QA replay at a moment, practice) derives the same view from it with this function. The
// log crosses a process boundary once; nothing derived from it travels beside it.

export type CallCustomer = { id: string; name: string };
export type CallCase = { id: string; number: string; subject: string; status: CaseStatus };

/** What crosses the boundary: enough to derive the view, and nothing derived. */
export type CallSnapshot = {
  callId: string;
  customer: CallCustomer;
  case: CallCase | null;
  /** The log as the backend folded it: every event once, plus any that reused an id with other content. */
  events: CallEvent[];
  /** Definitions of the custom scripts the log names (built-ins are in core), so a desk or a QA replay without them still shows their steps. */
  scripts: ScriptDefinition[];
  policy: HoldPolicy;
  /** The backend's clock when the snapshot was made, so the UI times holds on the same clock. */
  now: number;
};

/** Where the hold stands at `now` by the team's policy: all derived from the log's times. */
export type HoldView = {
  onHold: boolean;
  startedAt: number | null;
  prompt: 'none' | 'due' | 'escalated';
  checkinNumber: number | null;
  checkinDueAt: number | null;
  checkinLateAt: number | null;
  callback: 'none' | 'offer' | 'offered';
  stats: HoldStats;
};

export type CallView = CallSnapshot & {
  state: CallState;
  hold: HoldView;
  closingMissing: ClosingItemId[];
  wrapUpMissing: WrapUpField[];
};

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

/** The view of a call's state at `snapshot.now`, for a state already folded (the backend keeps one per call). */
export function viewOfState(snapshot: CallSnapshot, state: CallState): CallView {
  return {
    ...snapshot,
    state,
    hold: holdView(state, snapshot.policy, snapshot.now),
    closingMissing: closingMissing(state),
    wrapUpMissing: wrapUpMissing(state),
  };
}

/** The view of a call: its log folded by core's reducer, judged at the snapshot's clock. */
export function callView(snapshot: CallSnapshot): CallView {
  return viewOfState(snapshot, reduceCall(snapshot.events, scriptCatalog(snapshot.scripts)));
}

/** The snapshot of a folded call: its log once, and the custom scripts it names from `catalog`. */
export function snapshotOf(
  call: { callId: string; customer: CallCustomer; case: CallCase | null; state: CallState },
  scripts: (id: string) => ScriptDefinition | undefined,
  policy: HoldPolicy,
  now: number,
): CallSnapshot {
  const { log } = call.state;
  const named = new Set<string>();
  for (const event of log.events) {
    if (event.type === 'call.started' || event.type === 'script.switched') named.add(event.scriptId);
  }
  const custom: ScriptDefinition[] = [];
  for (const id of named) {
    const script = BUILT_IN_SCRIPT_IDS.includes(id) ? undefined : scripts(id);
    if (script) custom.push(script);
  }
  return {
    callId: call.callId,
    customer: call.customer,
    case: call.case,
    events: [...log.events, ...log.conflicting],
    scripts: custom,
    policy,
    now,
  };
}
