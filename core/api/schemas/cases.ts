import { z } from 'zod';
import { CaseSummary } from '../../model/case.js';
import { Timestamp } from '../../model/customer.js';
import { CaseStatus } from '../../model/enums.js';
import { Id } from '../../model/ids.js';
import { LIMITS } from '../../model/limits.js';

// Editing a case (its subject and status) from any desk. Two desks may edit the same field
// while apart; the later edit wins (DESIGN.md, Sync: last writer wins per field) and the
// other is kept and shown, so nobody's work disappears without a trace.

/** One value a field held, and who wrote it when. */
export const FieldValue = z.object({
  value: z.string(),
  by: z.string().nullable(),
  at: Timestamp,
});
export type FieldValue = z.infer<typeof FieldValue>;

/** A field two desks set without seeing each other's edit: what is kept, and what else was written. */
export const CaseConflict = z.object({
  field: z.enum(['subject', 'status']),
  kept: FieldValue,
  alsoWritten: z.array(FieldValue),
});
export type CaseConflict = z.infer<typeof CaseConflict>;

export const CaseDetail = z.object({
  case: CaseSummary,
  conflicts: z.array(CaseConflict),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const caseCommands = {
  'cases.get': { input: z.strictObject({ caseId: Id }), output: CaseDetail },
  'cases.update': {
    input: z
      .strictObject({
        caseId: Id,
        subject: z.string().trim().min(1, 'A case needs a subject.').max(LIMITS.subject).optional(),
        status: CaseStatus.optional(),
      })
      .refine((v) => v.subject !== undefined || v.status !== undefined, 'Change the subject or the status.'),
    output: CaseDetail,
  },
} as const;
