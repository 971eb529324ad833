import { z } from 'zod';
import { Id } from './ids.js';
import { CaseStatus } from './enums.js';
import { Timestamp } from './customer.js';

export const CaseSummary = z.object({
  id: Id,
  customerId: Id,
  number: z.string(),
  subject: z.string(),
  status: CaseStatus,
  category: z.string().nullable(),
  createdAt: Timestamp,
  /** Last time a call, note or edit touched the case; drives the repeat-call mark. */
  updatedAt: Timestamp,
});
export type CaseSummary = z.infer<typeof CaseSummary>;
