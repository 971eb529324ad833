import type { CallEvent } from './events.js';
import { compareEvents, normalizeLog, pickCallId, sameEvent } from './log.js';
import { BUILT_IN_CATALOG, type ScriptCatalog } from './scripts/catalog.js';
import { emptyCallState, type CallState } from './state.js';
import { transition, withAnomaly } from './transition.js';

/**
 * The state of a call from its log: a pure fold in (at, id) order over one copy of each
 * event. Any permutation of the log, with or without duplicates, gives the same state; that
 * is what lets two devices, a reload and a QA replay agree.
 *
 * `catalog` resolves script ids; a team's custom scripts must be in it to show their steps.
 */
export function reduceCall(events: readonly CallEvent[], catalog: ScriptCatalog = BUILT_IN_CATALOG): CallState {
  const log = normalizeLog(events);
  const callId = pickCallId(log.events);
  let state: CallState = { ...emptyCallState(), callId };
  for (const event of log.events) {
    state = event.callId === callId ? transition(state, event, catalog) : withAnomaly(state, event, 'the event belongs to another call');
  }
  return { ...state, log };
}

/**
 * Adds one event to a state. The common case (a new event that sorts after everything so
 * far, for this call) is one fold step; an exact duplicate returns the state unchanged; an
 * event that arrives out of order (or conflicts) re-folds the whole log, so the result is
 * always exactly reduceCall(all events). Call logs are tens of events: the re-fold is cheap.
 */
export function applyEvent(state: CallState, event: CallEvent, catalog: ScriptCatalog = BUILT_IN_CATALOG): CallState {
  const { events, conflicting } = state.log;
  const sameId = events.find((e) => e.id === event.id);
  if (sameId !== undefined && sameEvent(sameId, event)) return state;
  if (conflicting.some((e) => sameEvent(e, event))) return state;
  const last = events.at(-1);
  const inOrder = last === undefined || compareEvents(last, event) < 0;
  const sameCall = state.callId === null ? events.length === 0 : event.callId === state.callId;
  if (sameId === undefined && inOrder && sameCall) {
    const next = transition({ ...state, callId: event.callId }, event, catalog);
    return { ...next, log: { events: [...events, event], conflicting } };
  }
  return reduceCall([...events, ...conflicting, event], catalog);
}
