import { z } from 'zod';
import { CommitmentView } from '../../model/commitment.js';
import { Timestamp } from '../../model/customer.js';
import { Id } from '../../model/ids.js';
import { LIMITS } from '../../model/limits.js';

/** One change in a promise's life, kept so nobody can quietly move a deadline. */
export const CommitmentChange = z.object({
  at: Timestamp,
  action: z.enum(['made', 'rescheduled', 'done', 'cancelled']),
  dueAt: Timestamp,
  by: z.string(),
  reason: z.string().nullable(),
});
export type CommitmentChange = z.infer<typeof CommitmentChange>;

export const CommitmentWithHistory = z.object({
  commitment: CommitmentView,
  customerName: z.string(),
  changes: z.array(CommitmentChange),
});
export type CommitmentWithHistory = z.infer<typeof CommitmentWithHistory>;

export const commitmentCommands = {
  /** Open promises due by `until` (overdue first), across all customers: the rep's callback list. */
  'commitments.due': {
    input: z.strictObject({ until: Timestamp.optional() }),
    output: z.object({ commitments: z.array(CommitmentView.extend({ customerName: z.string() })) }),
  },
  'commitments.get': { input: z.strictObject({ commitmentId: Id }), output: CommitmentWithHistory },
  /** Done is terminal: a done or cancelled promise cannot be rescheduled or reopened. */
  'commitments.complete': { input: z.strictObject({ commitmentId: Id }), output: CommitmentWithHistory },
  'commitments.reschedule': {
    input: z.strictObject({ commitmentId: Id, dueAt: Timestamp, reason: z.string().trim().max(LIMITS.summary).optional() }),
    output: CommitmentWithHistory,
  },
} as const;
