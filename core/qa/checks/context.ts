import { DEFAULT_HOLD_POLICY, type HoldPolicy } from '../../call/holdPolicy.js';
import type { CallEvent, CallEventOf, CallEventType } from '../../call/events.js';
import { BUILT_IN_CATALOG, type ScriptCatalog } from '../../call/scripts/catalog.js';
import type { CallState } from '../../call/state.js';
import type { Evidence } from '../answer.js';

// What every automatic check reads: the reducer's state of the call (the decision is always
// made on it, never on a second reading of the log) and the applied events, to point the
// evidence at. Events the reducer refused (anomalies) are never evidence.

export type CheckOptions = {
  policy?: HoldPolicy;
  catalog?: ScriptCatalog;
  /** The moment the answers are for (a replay's position); default: the end of the call, else its last event. */
  now?: number;
};

export type CheckContext = {
  state: CallState;
  policy: HoldPolicy;
  catalog: ScriptCatalog;
  /** Applied events, in apply order (at, id). */
  events: readonly CallEvent[];
  /** First event of each type at each time: how a fact in the state finds its event. */
  byType: ReadonlyMap<CallEventType, readonly CallEvent[]>;
  /** Position of each applied event in `events`. */
  position: ReadonlyMap<string, number>;
  /** The call's time zero for "m:ss" in summaries: the start, else the first event. */
  origin: number;
  now: number;
};

export function checkContext(state: CallState, options: CheckOptions = {}): CheckContext {
  const refused = new Set(state.anomalies.map((a) => a.eventId));
  const events = refused.size === 0 ? state.log.events : state.log.events.filter((e) => !refused.has(e.id));
  const byType = new Map<CallEventType, CallEvent[]>();
  const position = new Map<string, number>();
  events.forEach((e, i) => {
    position.set(e.id, i);
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  });
  return {
    state,
    policy: options.policy ?? DEFAULT_HOLD_POLICY,
    catalog: options.catalog ?? BUILT_IN_CATALOG,
    events,
    byType,
    position,
    origin: state.start?.at ?? events[0]?.at ?? 0,
    now: options.now ?? state.endedAt ?? events.at(-1)?.at ?? 0,
  };
}

export function eventsOf<T extends CallEventType>(ctx: CheckContext, type: T): readonly CallEventOf<T>[] {
  return (ctx.byType.get(type) ?? []) as readonly CallEventOf<T>[];
}

/** The applied event of this type at this time (and matching `where`), if any. */
export function eventAt<T extends CallEventType>(
  ctx: CheckContext,
  type: T,
  at: number,
  where: (e: CallEventOf<T>) => boolean = () => true,
): CallEventOf<T> | null {
  return eventsOf(ctx, type).find((e) => e.at === at && where(e)) ?? null;
}

/** "1:05": a moment as minutes and seconds into the call. */
export function clock(ctx: CheckContext, at: number): string {
  return formatOffset(at - ctx.origin);
}

export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "45 s", "2 min 5 s", "3 h 10 min": a span as people say it. */
export function formatSpan(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${Math.floor(s / 60)} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
  const m = Math.round(s / 60);
  return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function evidence(ctx: CheckContext, event: CallEvent | null, why: string): Evidence[] {
  return event === null ? [] : [{ eventId: event.id, at: event.at, why }];
}
