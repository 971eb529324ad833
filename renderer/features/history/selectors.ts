import { OPEN_CASE_STATUSES } from '../../../core/model/enums.js';
import type { CaseSummary } from '../../../core/model/case.js';
import type { CommitmentView } from '../../../core/model/commitment.js';
import type { RepeatMark } from '../../../core/model/history.js';
import { formatAgo } from '../../shared/relativeTime.js';

// Pure views over a CustomerHistory, for the panels (called in render, not as store
// selectors, because they build new arrays).

export function splitCases(cases: readonly CaseSummary[]): { open: CaseSummary[]; closed: CaseSummary[] } {
  const open: CaseSummary[] = [];
  const closed: CaseSummary[] = [];
  for (const c of cases) (OPEN_CASE_STATUSES.includes(c.status) ? open : closed).push(c);
  return { open, closed };
}

/** Only promises still to keep; overdue first, then soonest due (the backend's order, enforced). */
export function openCommitments(commitments: readonly CommitmentView[]): CommitmentView[] {
  return commitments
    .filter((c) => c.status === 'open')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt - b.dueAt);
}

export function overdueCount(commitments: readonly CommitmentView[]): number {
  return commitments.filter((c) => c.status === 'open' && c.overdue).length;
}

/** "Repeat call: case HRD-7K4Q-M2X9 'Refund not received' touched 2 days ago". */
export function repeatText(repeat: RepeatMark, now: number): string {
  return `Repeat call: case ${repeat.caseNumber} '${repeat.subject}' touched ${formatAgo(repeat.lastTouchedAt, now)}`;
}

/**
 * The cases a call can be started on: the open ones, plus the repeat case even when it was
 * closed, first, because a caller ringing back days after a "resolved" case is usually
 * calling about that same case. At most nine: the digits pick them.
 */
export function casesToOffer(history: { cases: readonly CaseSummary[]; repeat: { caseId: string } | null }): {
  offered: CaseSummary[];
  preselected: string | null;
} {
  const repeatCase = history.repeat ? history.cases.find((c) => c.id === history.repeat?.caseId) : undefined;
  const open = splitCases(history.cases).open;
  const offered = [...(repeatCase && !open.includes(repeatCase) ? [repeatCase] : []), ...open].slice(0, 9);
  return { offered, preselected: repeatCase?.id ?? null };
}
