import type { CallDirection, Disposition, Mood } from '../model/enums.js';
import type { ClosingItemId } from './closing.js';
import type { CallEvent, CallEventType } from './events.js';
import type { Handover } from './handoverSchema.js';
import type { RootCause } from './rootCause.js';

// The state of one call, derived from its event log by reducer.ts. Plain data only (arrays,
// objects, numbers, strings), so it can be cached, sent between processes and compared.

export type CallPhase = 'greeting' | 'in_progress' | 'on_hold' | 'wrap_up' | 'ended';

export type CallStart = {
  at: number;
  customerId: string;
  caseId: string | null;
  phone: string;
  direction: CallDirection;
  repName: string;
};

export type StepView = {
  id: string;
  title: string;
  key: number;
  wrapUp: boolean;
  done: boolean;
  /** When it was (last) ticked; null while unticked. */
  doneAt: number | null;
};

export type ActiveScript = {
  id: string;
  /** null when the script is not in the catalog (a custom script this device does not have). */
  name: string | null;
  known: boolean;
  steps: readonly StepView[];
  /** What the panel shows: the first unchecked step (see reducer.ts for wrap-up steps). */
  currentStepId: string | null;
};

export type CheckedStep = { stepId: string; at: number };

export type Note = { id: string; body: string; at: number };

export type HoldEndReason = 'hold.ended' | 'transfer' | 'disposition.set' | 'call.ended';

export type HoldRecord = {
  startedAt: number;
  endedAt: number | null;
  endedBy: HoldEndReason | null;
  /** As the rep's client stated it on hold.started. */
  withPermission: boolean;
  /** Whether the log shows the question asked before this hold, and the answer (null: none logged). */
  permissionAsked: boolean;
  permissionGranted: boolean | null;
  /** Times the rep came back on the line during this hold. */
  checkins: readonly number[];
  /** Prompts the backend's timer fired (a record for QA; prompts themselves derive from times). */
  checkinsDue: readonly { n: number; at: number }[];
};

/** A "may I place you on hold?" not yet followed by a hold. */
export type PendingHoldPermission = { askedAt: number; granted: boolean | null; answeredAt: number | null };

export type HoldsState = {
  permission: PendingHoldPermission | null;
  holds: readonly HoldRecord[];
  callbackOffers: readonly number[];
};

export type ClosingOverrideRecord = { missing: readonly ClosingItemId[]; reason: string; at: number };

export type ClosingState = {
  ticked: Partial<Record<ClosingItemId, number>>;
  override: ClosingOverrideRecord | null;
};

export type CommitmentRecord = { id: string; description: string; owner: string; dueAt: number; madeAt: number };

export type DispositionRecord = { disposition: Disposition; rootCause: RootCause | null; summary: string; at: number };

export type HandoffRecord = { to: string; handover: Handover; at: number };
export type EscalationRecord = HandoffRecord & { reason: string };

/** An event the reducer ignored, and why. Never thrown: a log is history and must always fold. */
export type Anomaly = { eventId: string; type: CallEventType; at: number; reason: string };

export type CallState = {
  /** The call this log is about; events for any other call are anomalies. */
  callId: string | null;
  start: CallStart | null;
  phase: CallPhase;
  /** First event past the greeting (see phase.ts). */
  progressedAt: number | null;
  /** First sign of after-call work: a transfer, a disposition, a wrap-up step ticked. */
  wrapUpAt: number | null;
  endedAt: number | null;
  script: ActiveScript;
  scriptHistory: readonly { scriptId: string; at: number }[];
  /** Every step ticked on this call, whichever script it came from, in tick order. */
  checked: readonly CheckedStep[];
  notes: readonly Note[];
  mood: { start: Mood | null; end: Mood | null };
  abuseWarnings: readonly number[];
  supervisorOffers: readonly number[];
  hold: HoldsState;
  closing: ClosingState;
  commitments: readonly CommitmentRecord[];
  disposition: DispositionRecord | null;
  transfer: HandoffRecord | null;
  escalations: readonly EscalationRecord[];
  anomalies: readonly Anomaly[];
  /**
   * The events folded, in apply order (at, then id), and any events that reused an id with
   * different content (a cloned device or a bug): kept so a re-fold gives the same answer.
   */
  log: { events: readonly CallEvent[]; conflicting: readonly CallEvent[] };
};

export const NO_SCRIPT: ActiveScript = { id: '', name: null, known: false, steps: [], currentStepId: null };

export function emptyCallState(): CallState {
  return {
    callId: null,
    start: null,
    phase: 'greeting',
    progressedAt: null,
    wrapUpAt: null,
    endedAt: null,
    script: NO_SCRIPT,
    scriptHistory: [],
    checked: [],
    notes: [],
    mood: { start: null, end: null },
    abuseWarnings: [],
    supervisorOffers: [],
    hold: { permission: null, holds: [], callbackOffers: [] },
    closing: { ticked: {}, override: null },
    commitments: [],
    disposition: null,
    transfer: null,
    escalations: [],
    anomalies: [],
    log: { events: [], conflicting: [] },
  };
}

/** The hold in progress, if any: always the last one, since a hold cannot start while another is open. */
export function currentHold(hold: HoldsState): HoldRecord | null {
  const last = hold.holds.at(-1);
  return last !== undefined && last.endedAt === null ? last : null;
}
