import type { ChangeRecord } from './change.js';

// The merge order of changes: by HLC, then by change id. HLC stamps sort as strings (hlc.ts),
// so no parsing here; the id only separates the (rare) equal stamps a re-stamp can produce,
// which keeps the order total and so the merge deterministic.
export function compareChanges(a: Pick<ChangeRecord, 'hlc' | 'id'>, b: Pick<ChangeRecord, 'hlc' | 'id'>): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function compareVersions(a: { hlc: string; changeId: string }, b: { hlc: string; changeId: string }): number {
  return compareChanges({ hlc: a.hlc, id: a.changeId }, { hlc: b.hlc, id: b.changeId });
}

/** Inserts into a log sorted by compareChanges; the caller has checked the id is new. */
export function insertSorted(log: readonly ChangeRecord[], change: ChangeRecord): ChangeRecord[] {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareChanges(log[mid] as ChangeRecord, change) < 0) lo = mid + 1;
    else hi = mid;
  }
  return [...log.slice(0, lo), change, ...log.slice(lo)];
}
