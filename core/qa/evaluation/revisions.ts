import { autoValue, type AnswerValue } from '../answer.js';
import type { AutoAnswers } from '../checks/registry.js';
import { prefillAnswers } from '../prefill.js';
import { scoreAnswers, type ScoreResult } from '../score/formula.js';
import { answerMisfit } from '../scorecard/answerFits.js';
import type { Scorecard } from '../scorecard/schema.js';
import type { EvaluationAnswer, EvaluationComment, EvaluationKind, EvaluationRevision, EvaluationStatus } from './schema.js';

// Making and changing evaluations, always by appending a revision.

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export type NewEvaluation = {
  evaluationId: string;
  revisionId: string;
  scorecard: Scorecard;
  callId: string;
  repId: string;
  evaluatorId: string;
  kind: EvaluationKind;
  calibrationSessionId: string | null;
  practice: boolean;
  /** The call's automatic answers (checks/registry.ts). */
  auto: AutoAnswers;
  at: number;
};

/** Revision 1: the form as it arrives, prefilled from the log. */
export function draftEvaluation(input: NewEvaluation): EvaluationRevision {
  return {
    evaluationId: input.evaluationId,
    revision: 1,
    revisionId: input.revisionId,
    scorecard: { id: input.scorecard.id, version: input.scorecard.version },
    callId: input.callId,
    repId: input.repId,
    evaluatorId: input.evaluatorId,
    kind: input.kind,
    calibrationSessionId: input.calibrationSessionId,
    practice: input.practice,
    answers: prefillAnswers(input.scorecard, input.auto),
    comments: [],
    createdAt: input.at,
    note: null,
  };
}

/**
 * The supervisor's answer to one criterion: overridden exactly when it differs from a
 * concrete automatic answer (the schema then requires the comment).
 */
export function answerCriterion(answer: EvaluationAnswer, final: AnswerValue | null, comment: string | null = answer.comment): EvaluationAnswer {
  const auto = autoValue(answer.auto);
  const trimmed = comment?.trim() ?? '';
  return { ...answer, final, overridden: auto !== null && final !== null && final !== auto, comment: trimmed === '' ? null : trimmed };
}

/** Revisions can be made while the evaluation is a draft, and to resolve a dispute. */
export function canRevise(status: EvaluationStatus): boolean {
  return status === 'draft' || status === 'disputed';
}

export type RevisionChanges = {
  revisionId: string;
  at: number;
  answers?: readonly EvaluationAnswer[];
  comments?: readonly EvaluationComment[];
  note?: string | null;
};

/** The next revision after `latest` (which must be the latest), refused outside draft or dispute. */
export function reviseEvaluation(latest: EvaluationRevision, status: EvaluationStatus, changes: RevisionChanges): Result<EvaluationRevision> {
  if (!canRevise(status)) return { ok: false, errors: [`Cannot revise an evaluation that is ${status}: only a draft, or a disputed one to resolve it`] };
  if (status === 'disputed' && (changes.note ?? '').trim() === '') return { ok: false, errors: ['note: A revision that resolves a dispute says what changed'] };
  return {
    ok: true,
    value: {
      ...latest,
      revision: latest.revision + 1,
      revisionId: changes.revisionId,
      createdAt: changes.at,
      answers: [...(changes.answers ?? latest.answers)],
      comments: [...(changes.comments ?? latest.comments)],
      note: changes.note?.trim() || null,
    },
  };
}

/**
 * The current revision: the highest number. Two desks offline can both append revision n;
 * both are kept (never lost), the later one (then the larger id) is current, and the other
 * is reported so the supervisor can see it.
 */
export function latestRevision(revisions: readonly EvaluationRevision[]): { latest: EvaluationRevision | null; concurrent: EvaluationRevision[] } {
  let latest: EvaluationRevision | null = null;
  for (const r of revisions) {
    if (latest === null || r.revision > latest.revision || (r.revision === latest.revision && (r.createdAt > latest.createdAt || (r.createdAt === latest.createdAt && r.revisionId > latest.revisionId)))) latest = r;
  }
  const concurrent = latest === null ? [] : revisions.filter((r) => r !== latest && r.revision === latest.revision && r.revisionId !== latest.revisionId);
  return { latest, concurrent };
}

/**
 * Checks a revision against the scorecard version it names: known criteria, answers that fit
 * each criterion's scale and N/A rule, comments on known criteria; with `forSubmit`, every
 * criterion answered. Errors name the field ("answers.3.final: ...").
 */
export function checkEvaluation(rev: EvaluationRevision, card: Scorecard, options: { forSubmit?: boolean } = {}): string[] {
  const errors: string[] = [];
  if (rev.scorecard.id !== card.id || rev.scorecard.version !== card.version) {
    return [`scorecard: the evaluation was made with ${rev.scorecard.id}@${rev.scorecard.version}, not ${card.id}@${card.version}`];
  }
  const criteria = new Map(card.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  rev.answers.forEach((a, i) => {
    const c = criteria.get(a.criterionId);
    if (c === undefined) errors.push(`answers.${i}.criterionId: "${a.criterionId}" is not on ${card.id}@${card.version}`);
    else if (a.final !== null) {
      const misfit = answerMisfit(c, a.final);
      if (misfit !== null) errors.push(`answers.${i}.final: ${misfit}`);
    }
  });
  rev.comments.forEach((c, i) => {
    if (c.criterionId !== null && !criteria.has(c.criterionId)) errors.push(`comments.${i}.criterionId: "${c.criterionId}" is not on ${card.id}@${card.version}`);
  });
  if (options.forSubmit) {
    const answered = new Set(rev.answers.filter((a) => a.final !== null).map((a) => a.criterionId));
    const missing = [...criteria.values()].filter((c) => !answered.has(c.id));
    if (missing.length > 0) errors.push(`answers: answer every criterion before submitting (${missing.map((c) => c.label).join('; ')})`);
  }
  return errors;
}

/** The score of a revision, by the one formula. */
export function evaluationScore(rev: EvaluationRevision, card: Scorecard): ScoreResult {
  return scoreAnswers(card, Object.fromEntries(rev.answers.map((a) => [a.criterionId, a.final])));
}

/** Calibration and practice evaluations never count toward a rep's QA score. */
export function countsTowardRepScore(rev: EvaluationRevision): boolean {
  return rev.kind === 'normal' && !rev.practice;
}
