import { z } from 'zod';
import { Handover } from '../call/handoverSchema.js';
import { Timestamp } from './customer.js';
import { Id } from './ids.js';

/**
 * A transfer or escalation of one of this customer's calls, with the story handed over, so
 * whoever takes the caller next (after the transfer, or on a new call) reads it at screen
 * pop instead of asking the caller to repeat it.
 */
export const HandoverView = z.object({
  /** The transfer or escalation event's id. */
  id: Id,
  callId: Id,
  caseId: Id.nullable(),
  caseNumber: z.string().nullable(),
  kind: z.enum(['transfer', 'escalation']),
  to: z.string(),
  /** The rep who handed it over. */
  from: z.string(),
  /** Why it was escalated; null for a transfer. */
  reason: z.string().nullable(),
  at: Timestamp,
  handover: Handover,
});
export type HandoverView = z.infer<typeof HandoverView>;
