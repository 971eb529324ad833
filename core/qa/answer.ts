import { z } from 'zod';

// The answers a criterion can take, and what an automatic check says about one.

/** A criterion's answer: yes/no, a 1-5 rating, or not applicable to this call. */
export const AnswerValue = z.union([z.enum(['yes', 'no', 'na']), z.number().int().min(1).max(5)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** One event that supports an automatic answer: where to look on the timeline, and why it counts. */
export const Evidence = z.object({
  eventId: z.string(),
  /** The event's own `at` (ms since the epoch), so the replay can seek straight to it. */
  at: z.number(),
  why: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const NOT_ENOUGH_EVIDENCE = 'not enough evidence';

/**
 * What a check over the event log concluded. A concrete answer always carries its evidence
 * (possibly empty for N/A: "no holds on this call" has no event to point at) and a one-line
 * summary. Where the log cannot tell (the greeting, the tone) the answer is 'unknown' rather
 * than a guess; its evidence, if any, points at the moments worth listening to.
 */
export const AutoAnswer = z.union([
  z.object({
    answer: AnswerValue,
    summary: z.string(),
    evidence: z.array(Evidence),
  }),
  z.object({
    answer: z.literal('unknown'),
    reason: z.literal(NOT_ENOUGH_EVIDENCE),
    summary: z.string(),
    evidence: z.array(Evidence),
  }),
]);
export type AutoAnswer = z.infer<typeof AutoAnswer>;
export type KnownAutoAnswer = Exclude<AutoAnswer, { answer: 'unknown' }>;
export type UnknownAutoAnswer = Extract<AutoAnswer, { answer: 'unknown' }>;

export function answered(answer: AnswerValue, summary: string, evidence: Evidence[]): AutoAnswer {
  return { answer, summary, evidence };
}

export function unknownAnswer(summary: string, evidence: Evidence[] = []): AutoAnswer {
  return { answer: 'unknown', reason: NOT_ENOUGH_EVIDENCE, summary, evidence };
}

/** Credit for one answer, 0..1: yes 1, no 0, a rating v of 1-5 (v-1)/4; null for N/A. */
export function credit(value: AnswerValue): number | null {
  if (value === 'na') return null;
  if (value === 'yes') return 1;
  if (value === 'no') return 0;
  return (value - 1) / 4;
}

/** The concrete answer of an automatic check, or null when it could not tell. */
export function autoValue(auto: AutoAnswer | null): AnswerValue | null {
  if (auto === null || auto.answer === 'unknown') return null;
  return auto.answer;
}
