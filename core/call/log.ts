import type { CallEvent } from './events.js';

// Ordering and de-duplication of a call's log. A log merged from two devices (or replayed
// after a reload) must give one answer whatever order the events arrived in, so the apply
// order is a total order on the events themselves: `at`, then `id`.

export function compareEvents(a: CallEvent, b: CallEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** JSON with object keys sorted, so two copies of one event compare equal however they were built. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameEvent(a: CallEvent, b: CallEvent): boolean {
  return a.id === b.id && canonicalJson(a) === canonicalJson(b);
}

export type NormalizedLog = { events: CallEvent[]; conflicting: CallEvent[] };

/**
 * One event per id, sorted. An exact copy of an event is dropped (idempotent delivery).
 * Two different events with one id should never happen (ids are UUIDv7 made once); if they
 * do, the winner must not depend on arrival order, so the earliest (then the smaller
 * canonical form) is applied and the others are kept aside as `conflicting`.
 */
export function normalizeLog(events: readonly CallEvent[]): NormalizedLog {
  const byId = new Map<string, { winner: CallEvent; key: string; others: Map<string, CallEvent> }>();
  for (const event of events) {
    const key = canonicalJson(event);
    const entry = byId.get(event.id);
    if (!entry) {
      byId.set(event.id, { winner: event, key, others: new Map() });
      continue;
    }
    if (key === entry.key) continue;
    const beats = event.at < entry.winner.at || (event.at === entry.winner.at && key < entry.key);
    if (beats) {
      entry.others.set(entry.key, entry.winner);
      entry.winner = event;
      entry.key = key;
    } else entry.others.set(key, event);
  }
  const winners: CallEvent[] = [];
  const conflicting: { event: CallEvent; key: string }[] = [];
  for (const entry of byId.values()) {
    winners.push(entry.winner);
    for (const [key, event] of entry.others) conflicting.push({ event, key });
  }
  winners.sort(compareEvents);
  conflicting.sort((a, b) => compareEvents(a.event, b.event) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { events: winners, conflicting: conflicting.map((c) => c.event) };
}

/**
 * Which call a log is about: the one its (earliest) call.started names, else the first
 * event's. Chosen from the whole log, not arrival order, so a stray event from another call
 * is the anomaly, never the real call.
 */
export function pickCallId(sorted: readonly CallEvent[]): string | null {
  const started = sorted.find((e) => e.type === 'call.started');
  return (started ?? sorted[0])?.callId ?? null;
}
