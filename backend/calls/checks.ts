import { ApiFailure } from '../../core/api/result.js';
import type { RecordableEvent } from '../../core/api/schemas/call.js';
import { closingItem } from '../../core/call/closing.js';
import { closingUnresolved } from '../../core/call/closingCheck.js';
import type { CallEvent } from '../../core/call/events.js';
import type { ScriptCatalog } from '../../core/call/scripts/catalog.js';
import type { CallState } from '../../core/call/state.js';

// What the backend refuses before it appends, each with the code the contract gives it.
// The reducer never refuses (a log is history and must fold); the command boundary is
// where a rep is told, at once and in words, that an action does not fit the call.

/** A promise due this long ago is a typo, not a promise (the slack covers a dialog left open). */
export const PAST_DUE_SLACK_MS = 5 * 60_000;

export function refuseIfEnded(state: CallState): void {
  if (state.endedAt !== null) {
    throw new ApiFailure('CONFLICT', 'This call has ended: its record is final and cannot change.');
  }
}

export function refuseUnknownScript(scriptId: string, catalog: ScriptCatalog): void {
  if (!catalog.has(scriptId)) throw new ApiFailure('NOT_FOUND', `There is no script "${scriptId}" on this desk.`);
}

export function refuseDueInPast(dueAt: number, now: number, what = 'The due time'): void {
  if (dueAt < now - PAST_DUE_SLACK_MS) throw new ApiFailure('BAD_INPUT', `dueAt: ${what} is in the past; give a time still to come.`);
}

/**
 * The closing checklist stands between the rep and the end of the call: the outcome and
 * the end are refused while an item that applies is neither done nor covered by an override.
 */
export function refuseIfClosingOpen(state: CallState): void {
  const open = closingUnresolved(state);
  if (open.length === 0) return;
  const labels = open.map((id) => closingItem(id).label);
  throw new ApiFailure(
    'INCOMPLETE',
    `The closing checklist is not done: ${labels.join('; ')}. Do them, or close with an override that gives the reason.`,
  );
}

/** Checks that need the call so far, before the event is built. */
export function checkRecordable(input: RecordableEvent, state: CallState, catalog: ScriptCatalog, now: number): void {
  refuseIfEnded(state);
  switch (input.type) {
    case 'script.switched':
      refuseUnknownScript(input.scriptId, catalog);
      break;
    case 'step.checked':
      // Only a known script can say which steps it has (a custom script this desk lacks cannot).
      if (state.script.known && !state.script.steps.some((s) => s.id === input.stepId)) {
        throw new ApiFailure('BAD_INPUT', `stepId: "${input.stepId}" is not a step of ${state.script.name ?? state.script.id}.`);
      }
      break;
    case 'commitment.made':
      refuseDueInPast(input.dueAt, now);
      break;
    case 'disposition.set':
    case 'call.ended':
      refuseIfClosingOpen(state);
      break;
    default:
      break;
  }
}

/** The reducer's verdict: an event it would set aside as an anomaly is refused instead. */
export function refuseAnomaly(before: CallState, after: CallState, event: CallEvent): void {
  const added = after.anomalies.slice(before.anomalies.length).find((a) => a.eventId === event.id);
  if (added) throw new ApiFailure('CONFLICT', `That does not fit the call as it stands: ${added.reason}.`);
}
