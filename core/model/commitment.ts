import { z } from 'zod';
import { Id } from './ids.js';
import { CommitmentStatus } from './enums.js';
import { Timestamp } from './customer.js';

/** A promise made to a caller ("I'll call you back this afternoon"), with its due time. */
export const CommitmentView = z.object({
  id: Id,
  customerId: Id,
  caseId: Id.nullable(),
  caseNumber: z.string().nullable(),
  description: z.string(),
  owner: z.string(),
  dueAt: Timestamp,
  status: CommitmentStatus,
  /** Computed against the backend clock at read time. */
  overdue: z.boolean(),
});
export type CommitmentView = z.infer<typeof CommitmentView>;
