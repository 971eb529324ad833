import { credit, type AnswerValue } from '../answer.js';
import type { Scorecard } from '../scorecard/schema.js';

// The score formula, implemented once (README.md, "The score formula", says the same in
// words). Every screen, report and the server score through this function.

/** Answers by criterion id. Missing or null: not answered yet. */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

export type CriterionScore = {
  criterionId: string;
  sectionId: string;
  weight: number;
  answer: AnswerValue | null;
  /** 0..1, null for N/A or unanswered. */
  credit: number | null;
  /** A critical criterion answered "no". */
  criticalFailure: 'fail_section' | 'fail_all' | null;
};

export type SectionScore = {
  sectionId: string;
  /** The weight this section puts in the denominator (see the formula). */
  applicableWeight: number;
  earnedWeight: number;
  /** 0..100 within the section; null when none of it applies. Zeroed by a Fail Section or a Fail All. */
  score: number | null;
  /** Zeroed by one of its own fail_section criteria (ids). */
  failedBy: readonly string[];
};

export type ScoreResult = {
  /** 0..100; null when no criterion applies (every one N/A or unanswered). */
  score: number | null;
  /** fail_all criteria answered "no": the evaluation scores 0. */
  failedAll: readonly string[];
  sections: readonly SectionScore[];
  criteria: readonly CriterionScore[];
  applicableWeight: number;
  earnedWeight: number;
  unanswered: readonly string[];
  complete: boolean;
};

/**
 * Fail All > Fail Section > N/A:
 * 1. each answered criterion earns weight x credit (yes 1, no 0, rating v: (v-1)/4);
 * 2. N/A (and unanswered) criteria leave the denominator, so their weight is shared out in
 *    proportion to the weights that remain;
 * 3. a fail_section criterion answered "no" zeroes its section, which then counts with its
 *    full weight (N/A or not: the failure outranks N/A);
 * 4. a fail_all criterion answered "no" makes the score 0.
 * score = 100 x sum(earned) / sum(applicable weight).
 */
export function scoreAnswers(card: Scorecard, answers: Answers): ScoreResult {
  const criteria: CriterionScore[] = [];
  const sections: SectionScore[] = [];
  const failedAll: string[] = [];
  const unanswered: string[] = [];
  let applicableWeight = 0;
  let earnedWeight = 0;

  for (const section of card.sections) {
    const failedBy: string[] = [];
    let fullWeight = 0;
    let applicable = 0;
    let earned = 0;
    for (const c of section.criteria) {
      const answer = answers[c.id] ?? null;
      const got = answer === null ? null : credit(answer);
      const criticalFailure = answer === 'no' && c.critical !== 'none' ? c.critical : null;
      criteria.push({ criterionId: c.id, sectionId: section.id, weight: c.weight, answer, credit: got, criticalFailure });
      fullWeight += c.weight;
      if (answer === null) unanswered.push(c.id);
      if (criticalFailure === 'fail_section') failedBy.push(c.id);
      if (criticalFailure === 'fail_all') failedAll.push(c.id);
      if (got !== null) {
        applicable += c.weight;
        earned += c.weight * got;
      }
    }
    if (failedBy.length > 0) {
      applicable = fullWeight;
      earned = 0;
    }
    applicableWeight += applicable;
    earnedWeight += earned;
    sections.push({ sectionId: section.id, applicableWeight: applicable, earnedWeight: earned, score: applicable > 0 ? (100 * earned) / applicable : null, failedBy });
  }

  const failed = failedAll.length > 0;
  const score = failed ? 0 : applicableWeight > 0 ? clamp((100 * earnedWeight) / applicableWeight) : null;
  return {
    score,
    failedAll,
    sections: failed ? sections.map((s) => ({ ...s, earnedWeight: 0, score: s.score === null ? null : 0 })) : sections,
    criteria,
    applicableWeight,
    earnedWeight: failed ? 0 : earnedWeight,
    unanswered,
    complete: unanswered.length === 0,
  };
}

/** Float sums of exact weights can land a hair outside 0..100; the published range is exact. */
function clamp(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** The score as people read it: one decimal ("87.5"), or an em dash when nothing applies. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : (Math.round(score * 10) / 10).toFixed(1);
}
