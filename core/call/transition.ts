import { onAbuseWarned, onMoodSet, onNoteAdded, onSupervisorOffered } from './apply/conversation.js';
import {
  onCallbackOffered,
  onCheckinDone,
  onCheckinDue,
  onHoldEnded,
  onHoldStarted,
  onPermissionAnswered,
  onPermissionAsked,
} from './apply/hold.js';
import {
  onCallEnded,
  onClosingOverride,
  onClosingTicked,
  onClosingUnticked,
  onCommitmentMade,
  onDispositionSet,
  onEscalation,
  onTransfer,
} from './apply/outcome.js';
import { onCallStarted, onScriptSwitched, onStepChecked, onStepUnchecked } from './apply/script.js';
import type { CallEvent, CallEventType } from './events.js';
import { withDerived } from './phase.js';
import type { ScriptCatalog } from './scripts/catalog.js';
import type { CallState } from './state.js';

/** Events that still belong to the greeting: the rep picks a method and notes the caller's mood. */
const GREETING_EVENTS: ReadonlySet<CallEventType> = new Set(['call.started', 'mood.set', 'script.switched']);

/** Events that need the caller on the line with this rep. */
const LIVE_ONLY: ReadonlySet<CallEventType> = new Set([
  'hold.permission_asked',
  'hold.permission_answered',
  'hold.started',
  'hold.checkin_due',
  'hold.checkin_done',
  'hold.ended',
  'hold.callback_offered',
  'abuse.warned',
  'supervisor.offered',
]);

export function withAnomaly(s: CallState, e: CallEvent, reason: string): CallState {
  return { ...s, anomalies: [...s.anomalies, { eventId: e.id, type: e.type, at: e.at, reason }] };
}

function dispatch(s: CallState, e: CallEvent, catalog: ScriptCatalog): CallState | string {
  switch (e.type) {
    case 'call.started': return onCallStarted(s, e, catalog);
    case 'step.checked': return onStepChecked(s, e);
    case 'step.unchecked': return onStepUnchecked(s, e);
    case 'script.switched': return onScriptSwitched(s, e, catalog);
    case 'hold.permission_asked': return onPermissionAsked(s, e);
    case 'hold.permission_answered': return onPermissionAnswered(s, e);
    case 'hold.started': return onHoldStarted(s, e);
    case 'hold.checkin_due': return onCheckinDue(s, e);
    case 'hold.checkin_done': return onCheckinDone(s, e);
    case 'hold.ended': return onHoldEnded(s, e);
    case 'hold.callback_offered': return onCallbackOffered(s, e);
    case 'note.added': return onNoteAdded(s, e);
    case 'mood.set': return onMoodSet(s, e);
    case 'abuse.warned': return onAbuseWarned(s, e);
    case 'supervisor.offered': return onSupervisorOffered(s, e);
    case 'transfer': return onTransfer(s, e);
    case 'escalation': return onEscalation(s, e);
    case 'closing.ticked': return onClosingTicked(s, e);
    case 'closing.unticked': return onClosingUnticked(s, e);
    case 'closing.override': return onClosingOverride(s, e);
    case 'commitment.made': return onCommitmentMade(s, e);
    case 'disposition.set': return onDispositionSet(s, e);
    case 'call.ended': return onCallEnded(s, e);
    default: {
      const unknown: never = e;
      return `unknown event ${(unknown as { type: string }).type}`;
    }
  }
}

/**
 * One step of the fold, for an event already known to be next in order and of this call.
 * Never throws: an event that cannot apply (a hold ended that never started, anything after
 * the record was finalized) is recorded as an anomaly and changes nothing else, because a
 * log is history and QA must still be able to replay it.
 */
export function transition(s: CallState, e: CallEvent, catalog: ScriptCatalog): CallState {
  // call.ended finalizes the record (DESIGN.md: a finalized call record is frozen).
  if (s.endedAt !== null) return withAnomaly(s, e, 'the call had already ended');
  if (s.transfer !== null && LIVE_ONLY.has(e.type)) return withAnomaly(s, e, 'the caller had already been transferred');
  const next = dispatch(s, e, catalog);
  if (typeof next === 'string') return withAnomaly(s, e, next);
  const progressed = next.progressedAt ?? (GREETING_EVENTS.has(e.type) ? null : e.at);
  return withDerived({ ...next, progressedAt: progressed });
}
