import type { Database } from 'better-sqlite3';
import { CallEvent } from '../../core/call/events.js';
import { reduceCall } from '../../core/call/reducer.js';
import type { ScriptCatalog } from '../../core/call/scripts/catalog.js';
import type { CallState } from '../../core/call/state.js';
import { callEventRows, callLogVersion, type LogVersion, type StoredEventRow } from '../../db/tables/callEvents.js';
import { getCallRecord, type CallRecord } from '../../db/tables/calls.js';

/** A call as the backend works with it: its row (customer, case) and its folded log. */
export type LoadedCall = { record: CallRecord; state: CallState; version: LogVersion };

type Cached = { state: CallState; version: LogVersion };

/** Folded logs kept per call; a desk has one or two live calls, a QA replay a few more. */
const CACHE_SIZE = 200;

/**
 * Reads a call's log from the store and folds it with core/call's reducer. Folds are cached
 * per call and reused while the log's version (event count and latest time) is unchanged,
 * so appending to a live call is one fold step, not a re-read of its whole log. Every write
 * to a log goes through this backend, which hands the new fold back with `remember` after
 * its transaction commits; anything else that writes logs (a future sync) must `forget`.
 */
export class CallLog {
  private readonly cache = new Map<string, Cached>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly catalog: () => ScriptCatalog,
  ) {}

  load(callId: string): LoadedCall | null {
    const record = getCallRecord(this.db, callId);
    if (!record) return null;
    const version = callLogVersion(this.db, callId);
    const cached = this.cache.get(callId);
    if (cached && cached.version.count === version.count && cached.version.lastAt === version.lastAt) {
      // Most recently used last, so the oldest entry is the one evicted.
      this.cache.delete(callId);
      this.cache.set(callId, cached);
      return { record, state: cached.state, version };
    }
    const state = reduceCall(this.parseRows(callId, callEventRows(this.db, callId)), this.catalog());
    this.remember(callId, { record, state, version });
    return { record, state, version };
  }

  remember(callId: string, loaded: LoadedCall): void {
    this.cache.delete(callId);
    this.cache.set(callId, { state: loaded.state, version: loaded.version });
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  /** Drops cached folds (one call, or all of them when the script catalog changed). */
  forget(callId?: string): void {
    if (callId === undefined) this.cache.clear();
    else this.cache.delete(callId);
  }

  /**
   * Stored rows back into events. A row that no longer parses (written by a newer app, or
   * damaged) is left out of the fold and reported once, rather than making the call
   * unreadable: a log is history and must always fold.
   */
  private parseRows(callId: string, rows: StoredEventRow[]): CallEvent[] {
    const events: CallEvent[] = [];
    for (const row of rows) {
      let payload: unknown;
      try {
        payload = JSON.parse(row.payload);
      } catch {
        payload = null;
      }
      const parsed = CallEvent.safeParse({ ...(payload as object), id: row.id, callId, at: row.at, type: row.type });
      if (parsed.success) events.push(parsed.data);
      else if (!this.warned.has(row.id)) {
        this.warned.add(row.id);
        console.warn(`[backend] call ${callId}: event ${row.id} (${row.type}) does not parse and is left out of the fold`);
      }
    }
    return events;
  }
}
