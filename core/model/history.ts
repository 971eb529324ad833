import { z } from 'zod';
import { Id } from './ids.js';
import { Customer, Timestamp } from './customer.js';
import { CaseSummary } from './case.js';
import { CallSummary } from './call.js';
import { CommitmentView } from './commitment.js';
import { HandoverView } from './handover.js';

/** "This caller was here about this case in the last 7 days": the repeat-call mark. */
export const RepeatMark = z.object({
  caseId: Id,
  caseNumber: z.string(),
  subject: z.string(),
  lastTouchedAt: Timestamp,
  windowDays: z.number().int().positive(),
});
export type RepeatMark = z.infer<typeof RepeatMark>;

/** Everything a rep needs on one screen when this customer calls. */
export const CustomerHistory = z.object({
  customer: Customer,
  /** Open cases first (open, pending, escalated), then the most recent closed ones. */
  cases: z.array(CaseSummary),
  recentCalls: z.array(CallSummary),
  /** Open commitments, overdue first, then by due time. */
  commitments: z.array(CommitmentView),
  repeat: RepeatMark.nullable(),
  /** The latest transfers and escalations of this customer's calls, newest first, with what was handed over. */
  handovers: z.array(HandoverView),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;

/** One of several customers sharing a number; enough to pick the right one quickly. */
export const CustomerCandidate = z.object({
  id: Id,
  name: z.string(),
  phones: z.array(z.string()),
  openCaseCount: z.number().int().nonnegative(),
  lastCallAt: Timestamp.nullable(),
});
export type CustomerCandidate = z.infer<typeof CustomerCandidate>;
