import { z } from 'zod';
import { Timestamp } from '../../model/customer.js';
import { Id } from '../../model/ids.js';
import { AnswerValue, AutoAnswer, autoValue } from '../answer.js';
import { CriterionId, ScorecardRef } from '../scorecard/schema.js';

// An evaluation: one supervisor's grading of one call against one scorecard version. Scores
// are append-only revisions (DESIGN.md, Sync): every save is a new EvaluationRevision of the
// same evaluationId, and status changes are a separate append-only log (status.ts), so two
// desks' histories merge by union and no revision is ever lost.

const text = (max: number) => z.string().trim().min(1).max(max);

export const EvaluationKind = z.enum(['normal', 'calibration']);
export type EvaluationKind = z.infer<typeof EvaluationKind>;

export const EVALUATION_STATUSES = ['draft', 'submitted', 'acknowledged', 'disputed', 'resolved'] as const;
export const EvaluationStatus = z.enum(EVALUATION_STATUSES);
export type EvaluationStatus = z.infer<typeof EvaluationStatus>;

export const EvaluationAnswer = z
  .object({
    criterionId: CriterionId,
    /** What the log said (kept with the evaluation: the evidence the supervisor saw). */
    auto: AutoAnswer.nullable(),
    /** The supervisor's answer; null while not answered. */
    final: AnswerValue.nullable(),
    /** The final answer differs from a concrete automatic answer. */
    overridden: z.boolean(),
    comment: z.string().trim().max(2000).nullable(),
  })
  .superRefine((a, ctx) => {
    const auto = autoValue(a.auto);
    const differs = auto !== null && a.final !== null && a.final !== auto;
    if (a.overridden !== differs) {
      ctx.addIssue({
        code: 'custom',
        path: ['overridden'],
        message: differs ? `The answer differs from the automatic one (${String(auto)}): it is an override` : 'Not an override: the answer is the automatic one, or there was none',
      });
    }
    if (a.overridden && (a.comment ?? '') === '') {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'An override needs a comment: say why the automatic answer does not hold' });
    }
  });
export type EvaluationAnswer = z.infer<typeof EvaluationAnswer>;

export const EvaluationComment = z.object({
  id: Id,
  authorId: z.string().min(1),
  body: text(4000),
  createdAt: Timestamp,
  /** A moment of the call, in ms from its start (the replay opens there); null for none. */
  atMs: z.number().int().min(0).nullable(),
  /** The criterion it is about; null for none. A comment may have both, or neither (a general remark). */
  criterionId: CriterionId.nullable(),
});
export type EvaluationComment = z.infer<typeof EvaluationComment>;

export const EvaluationRevision = z
  .object({
    evaluationId: Id,
    /** 1, 2, 3...: each save appends the next. */
    revision: z.number().int().min(1),
    revisionId: Id,
    /** The exact scorecard version: an evaluation is always scored against the version it was made with. */
    scorecard: ScorecardRef,
    callId: Id,
    /** The rep (or trainee) whose call it is. */
    repId: z.string().min(1),
    evaluatorId: z.string().min(1),
    kind: EvaluationKind,
    /** Set exactly when kind is calibration. */
    calibrationSessionId: Id.nullable(),
    /** A practice-mode call (a trainee's simulated caller): shown as practice, never in a rep's real score. */
    practice: z.boolean(),
    answers: z.array(EvaluationAnswer),
    comments: z.array(EvaluationComment),
    createdAt: Timestamp,
    /** Why this revision was made (resolving a dispute says what changed). */
    note: z.string().trim().max(500).nullable(),
  })
  .superRefine((r, ctx) => {
    if ((r.kind === 'calibration') !== (r.calibrationSessionId !== null)) {
      ctx.addIssue({ code: 'custom', path: ['calibrationSessionId'], message: r.kind === 'calibration' ? 'A calibration evaluation names its session' : 'Only a calibration evaluation has a session' });
    }
    const seen = new Map<string, number>();
    r.answers.forEach((a, i) => {
      const at = seen.get(a.criterionId);
      if (at !== undefined) ctx.addIssue({ code: 'custom', path: ['answers', i, 'criterionId'], message: `Criterion "${a.criterionId}" answered twice (also answers.${at})` });
      else seen.set(a.criterionId, i);
    });
    const ids = new Set<string>();
    r.comments.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['comments', i, 'id'], message: `Duplicate comment id ${c.id}` });
      ids.add(c.id);
    });
  });
export type EvaluationRevision = z.infer<typeof EvaluationRevision>;
