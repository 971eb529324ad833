import type { ChangeRecord } from './change.js';
import type { JsonValue } from './json.js';
import type { Entity } from './rules.js';

// The merged state of one entity (one customer, one case, one call's event log...). The log
// of every accepted change is the source; everything else is derived from it by derive.ts,
// so the state depends only on the set of changes seen and never on their arrival order.

/** One value written to one field, with what it takes to order it and trace it back. */
export type FieldVersion = { value: JsonValue; hlc: string; changeId: string; deviceId: string };

/** One immutable row of an append-only entity. */
export type RowVersion = { rowId: string; row: Record<string, JsonValue>; hlc: string; changeId: string; deviceId: string };

export type TerminalVersion = { fields: Record<string, JsonValue>; hlc: string; changeId: string; deviceId: string };

export type RejectedChange = { change: ChangeRecord; reason: string };

export type EntityView = {
  /** Current value of each mutable field: the last writer by HLC (or the terminal status). */
  fields: Record<string, FieldVersion>;
  /** Every value that lost, per field, oldest first: nothing written is discarded. */
  history: Record<string, FieldVersion[]>;
  /** Append-only rows by row id; the earliest-stamped content of an id is the one kept. */
  rows: Record<string, RowVersion>;
  /** Rows whose id was already taken by different content: kept and reported, never applied. */
  conflicts: RowVersion[];
  /** The winning terminal change (earliest stamped: the first close is what happened). */
  terminal: TerminalVersion | null;
  /** Later terminal changes, kept for the record. */
  lostTerminals: TerminalVersion[];
  /** Accepted into the log but without effect, with the reason the rep is shown. */
  rejected: RejectedChange[];
};

export type EntityState = EntityView & {
  entity: Entity;
  entityId: string;
  /** Every accepted change, sorted by (hlc, id), each id once. */
  log: ChangeRecord[];
};

export const FROZEN_REASON = 'the call record was finalized before this event was stamped';
export const AFTER_TERMINAL_REASON = 'the commitment was already done or cancelled';
