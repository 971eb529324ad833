import { autoValue, type AnswerValue, type AutoAnswer } from './answer.js';
import type { AutoAnswers } from './checks/registry.js';
import { answerMisfit } from './scorecard/answerFits.js';
import type { Scorecard } from './scorecard/schema.js';

/** One criterion of a fresh evaluation: what the log said, and the answer it starts with. */
export type PrefilledAnswer = {
  criterionId: string;
  /** The automatic answer, or null when the criterion names no check. */
  auto: AutoAnswer | null;
  /** Starts as the automatic answer when it is concrete and fits the criterion; null (to answer) otherwise. */
  final: AnswerValue | null;
  overridden: false;
  comment: null;
};

/** The form as it arrives: every criterion, prefilled from the log where the log could tell. */
export function prefillAnswers(card: Scorecard, auto: AutoAnswers): PrefilledAnswer[] {
  return card.sections.flatMap((section) =>
    section.criteria.map((criterion) => {
      const a = criterion.auto === null ? null : auto[criterion.auto];
      const value = autoValue(a);
      const final = value !== null && answerMisfit(criterion, value) === null ? value : null;
      return { criterionId: criterion.id, auto: a, final, overridden: false as const, comment: null };
    }),
  );
}
