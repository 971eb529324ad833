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
  /** Applied events of each type, in apply order. */
  byType: ReadonlyMap<CallEventType, readonly CallEvent[]>;
  /** Applied events by time: how a fact in the state (a time) finds its event without a scan. */
  byAt: ReadonlyMap<number, readonly CallEvent[]>;
  /** The events of each hold, in the order of state.hold.holds (one applied hold.started each). */
  holdEvents: readonly HoldEvents[];
  /** The call's time zero for "m:ss" in summaries: the start, else the first event. */
  origin: number;
  now: number;
};

/**
 * A hold's own events: its hold.started, the permission question and answer it consumed (the
 * last of each since the previous hold started: the reducer spends a permission on one
 * hold), and the timer's check-in prompts while it was open.
 */
export type HoldEvents = {
  started: CallEventOf<'hold.started'>;
  asked: CallEventOf<'hold.permission_asked'> | null;
  answer: CallEventOf<'hold.permission_answered'> | null;
  prompts: readonly CallEventOf<'hold.checkin_due'>[];
};

export function checkContext(state: CallState, options: CheckOptions = {}): CheckContext {
  const refused = new Set(state.anomalies.map((a) => a.eventId));
  const events = refused.size === 0 ? state.log.events : state.log.events.filter((e) => !refused.has(e.id));
  const byType = new Map<CallEventType, CallEvent[]>();
  const byAt = new Map<number, CallEvent[]>();
  const holdEvents: { started: CallEventOf<'hold.started'>; asked: CallEventOf<'hold.permission_asked'> | null; answer: CallEventOf<'hold.permission_answered'> | null; prompts: CallEventOf<'hold.checkin_due'>[] }[] = [];
  let asked: CallEventOf<'hold.permission_asked'> | null = null;
  let answer: CallEventOf<'hold.permission_answered'> | null = null;
  for (const e of events) {
    push(byType, e.type, e);
    push(byAt, e.at, e);
    if (e.type === 'hold.permission_asked') {
      // Asking again starts a new question, as in the reducer: an earlier answer no longer counts.
      asked = e;
      answer = null;
    }
    else if (e.type === 'hold.permission_answered') answer = e;
    else if (e.type === 'hold.started') {
      holdEvents.push({ started: e, asked, answer, prompts: [] });
      asked = null;
      answer = null;
    }
    // An applied prompt only happens during a hold: the last one started.
    else if (e.type === 'hold.checkin_due') holdEvents.at(-1)?.prompts.push(e);
  }
  return {
    state,
    policy: options.policy ?? DEFAULT_HOLD_POLICY,
    catalog: options.catalog ?? BUILT_IN_CATALOG,
    events,
    byType,
    byAt,
    holdEvents,
    origin: state.start?.at ?? events[0]?.at ?? 0,
    now: options.now ?? state.endedAt ?? events.at(-1)?.at ?? 0,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
  const found = ctx.byAt.get(at)?.find((e) => e.type === type && where(e as CallEventOf<T>));
  return (found as CallEventOf<T> | undefined) ?? null;
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

/** The timer's prompt for check-in n of hold i (0-based), if it was logged. */
export function promptOf(ctx: CheckContext, holdIndex: number, n: number): CallEventOf<'hold.checkin_due'> | null {
  return ctx.holdEvents[holdIndex]?.prompts.find((e) => e.n === n) ?? null;
}

export function evidence(ctx: CheckContext, event: CallEvent | null, why: string): Evidence[] {
  return event === null ? [] : [{ eventId: event.id, at: event.at, why }];
}
