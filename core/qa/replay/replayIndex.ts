import type { CallEvent } from '../../call/events.js';
import { normalizeLog, pickCallId } from '../../call/log.js';
import { BUILT_IN_CATALOG, type ScriptCatalog } from '../../call/scripts/catalog.js';
import { emptyCallState, type CallState } from '../../call/state.js';
import { transition, withAnomaly } from '../../call/transition.js';

// Replay: the state of a call at any moment t is the reducer's state over the events with
// at <= t (the rep saw exactly that). Folding a 2,000-event log from the start for every
// seek is O(n); the index keeps the fold's state every K events, so a seek folds at most K
// events from the nearest checkpoint. The fold is core/call's own step (transition, as
// reduceCall applies it); a property test pins stateAt(t) to reduceCall(events up to t).

export const DEFAULT_CHECKPOINT_EVERY = 64;

export type ReplayIndex = {
  /** The log as reduceCall applies it: one copy of each event, in (at, id) order. */
  events: readonly CallEvent[];
  /** Events that reused an id with different content (kept, as reduceCall keeps them). */
  conflicting: readonly CallEvent[];
  catalog: ScriptCatalog;
  every: number;
  /** checkpoints[k]: the fold after events[0 .. k*every), with an empty log (as during reduceCall's fold). */
  checkpoints: readonly CallState[];
  /** The call the whole log is about (pickCallId). */
  callId: string | null;
  /** Index of the first call.started, or -1. Prefixes that stop before it may name another call. */
  firstStart: number;
};

export type ReplayOptions = { catalog?: ScriptCatalog; every?: number };

function step(state: CallState, event: CallEvent, callId: string | null, catalog: ScriptCatalog): CallState {
  return event.callId === callId ? transition(state, event, catalog) : withAnomaly(state, event, 'the event belongs to another call');
}

export function buildReplayIndex(events: readonly CallEvent[], options: ReplayOptions = {}): ReplayIndex {
  const catalog = options.catalog ?? BUILT_IN_CATALOG;
  const every = Math.max(1, Math.floor(options.every ?? DEFAULT_CHECKPOINT_EVERY));
  const log = normalizeLog(events);
  const callId = pickCallId(log.events);
  const checkpoints: CallState[] = [];
  let state: CallState = { ...emptyCallState(), callId };
  log.events.forEach((event, i) => {
    if (i % every === 0) checkpoints.push(state);
    state = step(state, event, callId, catalog);
  });
  if (log.events.length % every === 0) checkpoints.push(state);
  return { events: log.events, conflicting: log.conflicting, catalog, every, checkpoints, callId, firstStart: log.events.findIndex((e) => e.type === 'call.started') };
}

/** How many events have at <= t (binary search: the events are sorted by at). */
export function countAtOrBefore(index: ReplayIndex, t: number): number {
  let lo = 0;
  let hi = index.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.events[mid]?.at ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many events have at < t. */
export function countBefore(index: ReplayIndex, t: number): number {
  let lo = 0;
  let hi = index.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.events[mid]?.at ?? Infinity) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The reducer's state after the first n events of the index (in apply order). */
export function stateAfter(index: ReplayIndex, n: number, conflictingUpTo: number = index.events[n - 1]?.at ?? -Infinity): CallState {
  const count = Math.max(0, Math.min(n, index.events.length));
  const { events, catalog, every } = index;
  // Which call a prefix is about is picked from the prefix itself, as reduceCall would.
  const prefixCallId = count === 0 ? null : index.firstStart >= 0 && index.firstStart < count ? index.callId : (events[0]?.callId ?? null);
  let state: CallState;
  let from: number;
  const k = Math.floor(count / every);
  // Always present when the call ids agree: one checkpoint per K events, plus the end.
  const checkpoint = prefixCallId === index.callId ? index.checkpoints[k] : undefined;
  if (checkpoint !== undefined) {
    state = checkpoint;
    from = k * every;
  } else {
    // Only a prefix that stops before the call.started and begins with a stray event of
    // another call: rare, short, folded from scratch.
    state = { ...emptyCallState(), callId: prefixCallId };
    from = 0;
  }
  for (let i = from; i < count; i++) state = step(state, events[i] as CallEvent, prefixCallId, catalog);
  // A conflicting copy sorts no earlier than its winner, so the prefix's conflicts are those up to its last time.
  const conflicting = index.conflicting.length === 0 ? index.conflicting : index.conflicting.filter((e) => e.at <= conflictingUpTo);
  return { ...state, log: { events: events.slice(0, count), conflicting } };
}

/** The call as it stood at time t: reduceCall over the events with at <= t. */
export function stateAt(index: ReplayIndex, t: number): CallState {
  return stateAfter(index, countAtOrBefore(index, t), t);
}
