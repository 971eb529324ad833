import { z } from 'zod';
import { CallDirection, CaseStatus, CommitmentStatus, Disposition, Mood } from '../../model/enums.js';

// The fictional customer a practice call is with, and their past, so the screen pop looks like
// a real caller's: earlier cases, calls with notes and moods, and often a promise that was not
// kept. Times are days before the practice call, so the history is always recent.

const ref = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'A ref is a short lowercase name (letters, digits, "_" or "-")');
const text = (max: number) => z.string().trim().min(1).max(max);
const daysAgo = z.number().min(0, 'Days ago is 0 or more').max(36_500);

export const PastCase = z.strictObject({
  ref,
  subject: text(300),
  status: CaseStatus,
  category: text(60).nullable().default(null),
  openedDaysAgo: daysAgo,
  updatedDaysAgo: daysAgo,
});
export type PastCase = z.infer<typeof PastCase>;

export const PastCall = z.strictObject({
  daysAgo,
  case: ref.nullable().default(null),
  rep: text(200),
  direction: CallDirection.default('inbound'),
  minutes: z.number().min(0.5).max(240),
  moodStart: Mood,
  moodEnd: Mood,
  disposition: Disposition,
  summary: text(500),
  notes: z.array(text(2000)).default([]),
});
export type PastCall = z.infer<typeof PastCall>;

export const PastCommitment = z.strictObject({
  case: ref.nullable().default(null),
  description: text(500),
  owner: text(200),
  /** Positive: due that many days ago; negative: due in the future. */
  dueDaysAgo: z.number().min(-365).max(3650),
  status: CommitmentStatus,
});
export type PastCommitment = z.infer<typeof PastCommitment>;

export const PracticeCustomer = z.strictObject({
  name: text(200),
  /** E.164 or a written form; checked as a real number. Use the fictional ranges (555-01xx, 020 7946 0xxx). */
  phone: text(40),
  email: z.email().nullable().default(null),
  customerSinceDaysAgo: daysAgo.default(730),
  cases: z.array(PastCase).default([]),
  calls: z.array(PastCall).default([]),
  commitments: z.array(PastCommitment).default([]),
});
export type PracticeCustomer = z.infer<typeof PracticeCustomer>;
