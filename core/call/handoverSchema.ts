import { z } from 'zod';
import { Mood } from '../model/enums.js';
import { Timestamp } from '../model/customer.js';

// The summary handed to the next rep on a transfer or escalation, so the caller never tells
// the story twice. Kept short by construction (handover.ts truncates to these sizes).
export const HANDOVER_LIMITS = { line: 160, items: 5, promises: 10, text: 2000 } as const;

export const HandoverPromise = z.object({
  description: z.string(),
  owner: z.string(),
  dueAt: Timestamp,
});
export type HandoverPromise = z.infer<typeof HandoverPromise>;

export const Handover = z.object({
  /** The whole handover as a few lines of plain text, ready to read aloud or paste. */
  text: z.string().max(HANDOVER_LIMITS.text),
  who: z.string().max(HANDOVER_LIMITS.line * 2),
  caseNumber: z.string().nullable(),
  problem: z.string().max(HANDOVER_LIMITS.line),
  tried: z.array(z.string().max(HANDOVER_LIMITS.line)).max(HANDOVER_LIMITS.items),
  /** Script steps already done (titles), so the next rep does not apologize from scratch. */
  stepsDone: z.array(z.string()).max(9),
  mood: z.object({ start: Mood.nullable(), end: Mood.nullable(), abuseWarnings: z.number().int().nonnegative() }),
  promises: z.array(HandoverPromise).max(HANDOVER_LIMITS.promises),
});
export type Handover = z.infer<typeof Handover>;
