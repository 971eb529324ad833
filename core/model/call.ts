import { z } from 'zod';
import { Id } from './ids.js';
import { CallDirection, Disposition, Mood } from './enums.js';
import { Timestamp } from './customer.js';

export const NoteView = z.object({
  id: Id,
  body: z.string(),
  author: z.string(),
  createdAt: Timestamp,
});
export type NoteView = z.infer<typeof NoteView>;

/** One past call as the screen pop shows it: when, about what, how it went, what was written. */
export const CallSummary = z.object({
  id: Id,
  customerId: Id,
  caseId: Id.nullable(),
  caseNumber: z.string().nullable(),
  phone: z.string(),
  direction: CallDirection,
  repName: z.string(),
  startedAt: Timestamp,
  endedAt: Timestamp.nullable(),
  moodStart: Mood.nullable(),
  moodEnd: Mood.nullable(),
  disposition: Disposition.nullable(),
  summary: z.string().nullable(),
  notes: z.array(NoteView),
});
export type CallSummary = z.infer<typeof CallSummary>;
