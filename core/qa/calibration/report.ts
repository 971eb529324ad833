import { autoValue, type AnswerValue } from '../answer.js';
import type { AutoAnswers } from '../checks/registry.js';
import { scoreAnswers } from '../score/formula.js';
import type { Scorecard } from '../scorecard/schema.js';
import { cohensKappa, fleissKappa, percentAgreement, type Agreement, type Kappa } from './agreement.js';

// The calibration report: several supervisors score the same call(s) on one scorecard
// version; per criterion, their answers side by side, how often they agree, kappa (Cohen's
// for two supervisors, Fleiss' for more), and each one's agreement with the log's own answers.

export type CalibrationSubmission = { evaluatorId: string; answers: Readonly<Record<string, AnswerValue | null | undefined>> };

export type CalibrationSessionInput = {
  sessionId: string;
  callId: string;
  submissions: readonly CalibrationSubmission[];
  /** The automatic answers for the call (what the form was prefilled with), if any. */
  auto: AutoAnswers | null;
};

export type KappaReport = Kappa & { method: 'cohen' | 'fleiss' };

export type CriterionCalibration = {
  criterionId: string;
  label: string;
  /** Per session: each evaluator's answer and the log's own. */
  answers: readonly { sessionId: string; callId: string; byEvaluator: Readonly<Record<string, AnswerValue | null>>; auto: AnswerValue | null }[];
  agreement: Agreement;
  kappa: KappaReport;
};

export type RaterVsAuto = {
  evaluatorId: string;
  /** Criteria where both the rater and the log gave an answer. */
  compared: number;
  agreed: number;
  rate: number | null;
  /** Where the rater differed from the log: what to talk about in the calibration meeting. */
  differences: readonly { sessionId: string; criterionId: string; rater: AnswerValue; auto: AnswerValue }[];
};

export type CalibrationReport = {
  evaluators: readonly string[];
  criteria: readonly CriterionCalibration[];
  /** Every (session, criterion) as one item: agreement on the form as a whole. */
  overall: { agreement: Agreement; kappa: KappaReport };
  /** Each evaluator's score per session, and the spread (highest minus lowest). */
  scores: readonly { sessionId: string; byEvaluator: Readonly<Record<string, number | null>>; spread: number | null }[];
  raters: readonly RaterVsAuto[];
};

function kappaFor(items: readonly (readonly (AnswerValue | null)[])[], raters: number): KappaReport {
  if (raters === 2) return { ...cohensKappa(items.map((r) => [r[0] ?? null, r[1] ?? null] as const)), method: 'cohen' };
  return { ...fleissKappa(items), method: 'fleiss' };
}

export function calibrationReport(card: Scorecard, sessions: readonly CalibrationSessionInput[]): CalibrationReport {
  const evaluators = [...new Set(sessions.flatMap((s) => s.submissions.map((x) => x.evaluatorId)))].sort();
  const criteria = card.sections.flatMap((s) => s.criteria);
  const answerOf = (s: CalibrationSessionInput, evaluatorId: string, criterionId: string): AnswerValue | null =>
    s.submissions.find((x) => x.evaluatorId === evaluatorId)?.answers[criterionId] ?? null;

  const allItems: (AnswerValue | null)[][] = [];
  const perCriterion: CriterionCalibration[] = criteria.map((c) => {
    const items = sessions.map((s) => evaluators.map((e) => answerOf(s, e, c.id)));
    allItems.push(...items);
    return {
      criterionId: c.id,
      label: c.label,
      answers: sessions.map((s) => ({
        sessionId: s.sessionId,
        callId: s.callId,
        byEvaluator: Object.fromEntries(evaluators.map((e) => [e, answerOf(s, e, c.id)])),
        auto: c.auto === null || s.auto === null ? null : autoValue(s.auto[c.auto]),
      })),
      agreement: percentAgreement(items),
      kappa: kappaFor(items, evaluators.length),
    };
  });

  const scores = sessions.map((s) => {
    const byEvaluator = Object.fromEntries(s.submissions.map((x) => [x.evaluatorId, scoreAnswers(card, x.answers).score]));
    const values = Object.values(byEvaluator).filter((v): v is number => v !== null);
    return { sessionId: s.sessionId, byEvaluator, spread: values.length < 2 ? null : Math.max(...values) - Math.min(...values) };
  });

  const raters: RaterVsAuto[] = evaluators.map((evaluatorId) => {
    const differences: { sessionId: string; criterionId: string; rater: AnswerValue; auto: AnswerValue }[] = [];
    let compared = 0;
    for (const c of perCriterion) {
      for (const row of c.answers) {
        const rater = row.byEvaluator[evaluatorId] ?? null;
        if (rater === null || row.auto === null) continue;
        compared += 1;
        if (rater !== row.auto) differences.push({ sessionId: row.sessionId, criterionId: c.criterionId, rater, auto: row.auto });
      }
    }
    const agreed = compared - differences.length;
    return { evaluatorId, compared, agreed, rate: compared === 0 ? null : agreed / compared, differences };
  });

  return { evaluators, criteria: perCriterion, overall: { agreement: percentAgreement(allItems), kappa: kappaFor(allItems, evaluators.length) }, scores, raters };
}
