import { z } from 'zod';

// The caller's mood, set at the start and the end of a call (DOMAIN.md, "Notes and mood").
export const Mood = z.enum(['calm', 'upset', 'angry', 'abusive']);
export type Mood = z.infer<typeof Mood>;

// How a call ended (wrap-up disposition).
export const Disposition = z.enum(['resolved', 'pending', 'escalated', 'transferred']);
export type Disposition = z.infer<typeof Disposition>;

export const CaseStatus = z.enum(['open', 'pending', 'escalated', 'resolved', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Statuses a rep still has to act on; shown first at screen pop. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['open', 'pending', 'escalated'];

export const CommitmentStatus = z.enum(['open', 'done', 'cancelled']);
export type CommitmentStatus = z.infer<typeof CommitmentStatus>;

export const CallDirection = z.enum(['inbound', 'outbound']);
export type CallDirection = z.infer<typeof CallDirection>;
