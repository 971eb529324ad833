import type { Database } from 'better-sqlite3';
import type { CaseConflict, FieldValue } from '../../core/api/index.js';
import { parseHlc, type ChangeRecord, type EntityState, type FieldVersion } from '../../core/sync/index.js';
import { field as fieldVersion } from './project/fields.js';
import { mergedState } from './project/index.js';

// Which edits of a case two desks made without seeing each other. Last writer wins per
// field (core/sync), and the losing values are kept in the field's history; but a loser is
// only a *conflict* when the winner never saw it. Each edit records the stamp of the value
// its author was looking at (`basis`, see caseEdited in changes.ts): a losing value stamped
// after the winner's basis was overwritten unseen, and the rep is shown both.

const FIELDS = ['subject', 'status'] as const;

export function caseConflicts(db: Database, caseId: string): CaseConflict[] {
  const state = mergedState(db, 'case', caseId);
  const out: CaseConflict[] = [];
  for (const field of FIELDS) {
    const kept = fieldVersion(state, field);
    const losers = Object.hasOwn(state.history, field) ? (state.history[field] ?? []) : [];
    if (!kept || losers.length === 0) continue;
    const winner = changeOf(state, kept.changeId);
    const seen = basisOf(winner, field);
    const unseen = losers.filter((l) => seen === null || l.hlc > seen).filter((l) => l.value !== kept.value);
    if (unseen.length === 0) continue;
    out.push({ field, kept: valueOf(state, kept), alsoWritten: unseen.map((l) => valueOf(state, l)).reverse() });
  }
  return out;
}

function changeOf(state: EntityState, changeId: string): ChangeRecord | undefined {
  return state.log.find((c) => c.id === changeId);
}

/** The stamp of the value the author saw when editing; null when the edit does not say. */
function basisOf(change: ChangeRecord | undefined, field: string): string | null {
  const basis = change?.fields.basis;
  if (typeof basis !== 'object' || basis === null || Array.isArray(basis)) return null;
  const stamp = (basis as Record<string, unknown>)[field];
  return typeof stamp === 'string' ? stamp : '';
}

function valueOf(state: EntityState, v: FieldVersion): FieldValue {
  const by = changeOf(state, v.changeId)?.fields.updatedBy;
  return { value: typeof v.value === 'string' ? v.value : JSON.stringify(v.value), by: typeof by === 'string' ? by : null, at: parseHlc(v.hlc).ms };
}
