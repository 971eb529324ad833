import type { CommitmentChange, CommitmentWithHistory } from '../../core/api/schemas/commitments.js';
import type { CommitmentView } from '../../core/model/commitment.js';
import type { CommitmentChangeRecord, CommitmentRecord } from '../../db/tables/commitments.js';

export type DueItem = CommitmentView & { customerName: string };

export function commitmentViewOf(r: CommitmentRecord, now: number): CommitmentView {
  return {
    id: r.id,
    customerId: r.customerId,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    description: r.description,
    owner: r.owner,
    dueAt: r.dueAt,
    status: r.status,
    // Only an open promise can be late; a kept one is not overdue whenever it was kept.
    overdue: r.status === 'open' && r.dueAt < now,
  };
}

export function dueItemOf(r: CommitmentRecord, now: number): DueItem {
  return { ...commitmentViewOf(r, now), customerName: r.customerName };
}

/**
 * A promise's history. One written before its history was kept (a sample store, an import)
 * has no rows: its making and its end are read from the promise itself, as migration 0020
 * back-filled them, so every promise has at least its 'made'.
 */
export function changesOf(r: CommitmentRecord, rows: readonly CommitmentChangeRecord[]): CommitmentChange[] {
  const list: CommitmentChange[] = rows.map((c) => ({ at: c.at, action: c.action, dueAt: c.dueAt, by: c.by, reason: c.reason }));
  if (list.length > 0) return list;
  const implied: CommitmentChange[] = [{ at: r.createdAt, action: 'made', dueAt: r.dueAt, by: r.owner, reason: null }];
  if (r.status !== 'open' && r.doneAt !== null) implied.push({ at: r.doneAt, action: r.status, dueAt: r.dueAt, by: r.owner, reason: null });
  return implied;
}

export function withHistory(r: CommitmentRecord, rows: readonly CommitmentChangeRecord[], now: number): CommitmentWithHistory {
  return { commitment: commitmentViewOf(r, now), customerName: r.customerName, changes: changesOf(r, rows) };
}
