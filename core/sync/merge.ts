import type { ChangeRecord } from './change.js';
import { deriveView } from './derive.js';
import { isValidHlc } from './hlc.js';
import { sameJson } from './json.js';
import { compareChanges, insertSorted } from './order.js';
import { changeShapeProblem } from './rules.js';
import type { EntityState } from './state.js';
import { AFTER_TERMINAL_REASON } from './state.js';

// Applying a change = adding it to the entity's log and re-deriving the view (derive.ts).
// The state is a function of the set of changes in the log, so applying is commutative,
// associative and idempotent by construction; the outcome only reports what this one change
// did relative to the state it met, for the outbox, the server's push answer and the UI.

export type ApplyOutcome = 'applied' | 'superseded' | 'duplicate' | 'rejected';
export type ApplyResult = { state: EntityState; outcome: ApplyOutcome; reason?: string };

export function emptyState(entity: EntityState['entity'], entityId: string): EntityState {
  return { entity, entityId, log: [], ...deriveView(entity, []) };
}

export function applyChange(current: EntityState | null, change: ChangeRecord): ApplyResult {
  const before = current ?? emptyState(change.entity, change.entityId);
  // Refusals that leave the state untouched: the change is not about this entity, or it is
  // malformed, or it reuses a change id (a cloned device, which the server re-enrols).
  if (before.entity !== change.entity || before.entityId !== change.entityId) {
    return { state: before, outcome: 'rejected', reason: `change is for ${change.entity} ${change.entityId}, not ${before.entity} ${before.entityId}` };
  }
  // The stamp decides the order of everything, so a malformed one must never enter a log.
  if (!isValidHlc(change.hlc)) return { state: before, outcome: 'rejected', reason: 'not a hybrid logical clock stamp' };
  const problem = changeShapeProblem(change);
  if (problem) return { state: before, outcome: 'rejected', reason: problem };
  const seen = before.log.find((c) => c.id === change.id);
  if (seen) {
    return sameChange(seen, change)
      ? { state: before, outcome: 'duplicate' }
      : { state: before, outcome: 'rejected', reason: 'change id already used by a different change' };
  }

  const log = insertSorted(before.log, change);
  const state: EntityState = { entity: before.entity, entityId: before.entityId, log, ...deriveView(before.entity, log) };
  return { state, ...outcomeOf(before, state, change) };
}

/** Everything b has seen, applied to a: the same result as replaying both logs in any order. */
export function mergeStates(a: EntityState, b: EntityState): EntityState {
  let state = a;
  for (const change of b.log) state = applyChange(state, change).state;
  return state;
}

function sameChange(a: ChangeRecord, b: ChangeRecord): boolean {
  return (
    a.deviceId === b.deviceId && a.seq === b.seq && a.kind === b.kind && a.entity === b.entity &&
    a.entityId === b.entityId && a.hlc === b.hlc && sameJson(a.fields, b.fields)
  );
}

function outcomeOf(before: EntityState, after: EntityState, change: ChangeRecord): { outcome: ApplyOutcome; reason?: string } {
  const refused = after.rejected.find((r) => r.change.id === change.id);
  if (refused) return { outcome: 'rejected', reason: refused.reason };
  switch (change.kind) {
    case 'append': {
      const rowId = change.fields.id as string;
      const existing = [before.rows[rowId], ...before.conflicts.filter((r) => r.rowId === rowId)].filter((r) => r !== undefined);
      if (existing.length === 0) return { outcome: 'applied' };
      if (existing.every((r) => sameJson(r.row, change.fields))) return { outcome: 'duplicate' };
      return { outcome: 'rejected', reason: `conflict: row ${rowId} already exists with different content` };
    }
    case 'terminal':
      return after.terminal?.changeId === change.id
        ? { outcome: 'applied' }
        : { outcome: 'superseded', reason: 'already closed by an earlier terminal change' };
    case 'set': {
      const wins = Object.keys(change.fields).some((name) => after.fields[name]?.changeId === change.id);
      if (wins) return { outcome: 'applied' };
      const term = after.terminal;
      const closed = term !== null && after.entity === 'commitment' && compareChanges(change, { hlc: term.hlc, id: term.changeId }) > 0;
      return { outcome: 'superseded', reason: closed ? AFTER_TERMINAL_REASON : 'every field has a newer value' };
    }
  }
}


