import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../../core/qa/answer.js';
import { formatScore, scoreAnswers, type Answers } from '../../../../core/qa/score/formula.js';
import { DEFAULT_SCORECARD } from '../../../../core/qa/scorecard/default.js';
import type { Criterion, Scorecard } from '../../../../core/qa/scorecard/schema.js';

const crit = (id: string, weight: number, more: Partial<Criterion> = {}): Criterion => ({
  id,
  label: id,
  description: '',
  weight,
  scale: 'yes_no',
  naAllowed: false,
  critical: 'none',
  auto: null,
  ...more,
});

// A (30 yes/no, 20 rated 1-5), B (10 fail_section, 20 N/A allowed), C (20 fail_all).
const CARD: Scorecard = {
  id: 'hand',
  version: 1,
  name: 'Hand-computed',
  description: '',
  sections: [
    { id: 'A', title: 'A', criteria: [crit('a1', 30), crit('a2', 20, { scale: '1_to_5' })] },
    { id: 'B', title: 'B', criteria: [crit('b1', 10, { critical: 'fail_section', naAllowed: true }), crit('b2', 20, { naAllowed: true })] },
    { id: 'C', title: 'C', criteria: [crit('c1', 20, { critical: 'fail_all' })] },
  ],
};

describe('scoreAnswers: hand-computed cases', () => {
  it('all best is 100', () => {
    const r = scoreAnswers(CARD, { a1: 'yes', a2: 5, b1: 'yes', b2: 'yes', c1: 'yes' });
    expect(r.score).toBe(100);
    expect(r.complete).toBe(true);
    expect(r.sections.map((s) => s.score)).toEqual([100, 100, 100]);
  });

  it('a rating of v earns (v-1)/4 of the weight; N/A leaves the denominator', () => {
    // earned 30 + 20*0.75 + 10 + 20 = 75 of 30+20+10+20 = 80 applicable
    const r = scoreAnswers(CARD, { a1: 'yes', a2: 4, b1: 'yes', b2: 'na', c1: 'yes' });
    expect(r.score).toBe(93.75);
    expect(r.applicableWeight).toBe(80);
    expect(r.earnedWeight).toBe(75);
    expect(r.sections.find((s) => s.sectionId === 'A')?.score).toBe(90);
    expect(r.criteria.find((c) => c.criterionId === 'b2')).toMatchObject({ answer: 'na', credit: null });
    expect(scoreAnswers(CARD, { a1: 'yes', a2: 1, b1: 'yes', b2: 'yes', c1: 'yes' }).score).toBe(80);
  });

  it('a failed fail_section criterion zeroes its section, which counts with its full weight (N/A included)', () => {
    // earned 30 + 15 + 0 + 20 = 65 of 30+20+(10+20)+20 = 100
    const r = scoreAnswers(CARD, { a1: 'yes', a2: 4, b1: 'no', b2: 'na', c1: 'yes' });
    expect(r.score).toBe(65);
    expect(r.sections.find((s) => s.sectionId === 'B')).toMatchObject({ score: 0, applicableWeight: 30, earnedWeight: 0, failedBy: ['b1'] });
    expect(r.failedAll).toEqual([]);
  });

  it('a failed fail_all criterion makes the evaluation 0, whatever else', () => {
    const r = scoreAnswers(CARD, { a1: 'yes', a2: 5, b1: 'yes', b2: 'yes', c1: 'no' });
    expect(r.score).toBe(0);
    expect(r.failedAll).toEqual(['c1']);
    expect(r.sections.every((s) => s.score === 0)).toBe(true);
    expect(r.criteria.find((c) => c.criterionId === 'c1')?.criticalFailure).toBe('fail_all');
  });

  it('a plain "no" just earns nothing; a critical N/A is no failure', () => {
    expect(scoreAnswers(CARD, { a1: 'no', a2: 5, b1: 'yes', b2: 'yes', c1: 'yes' }).score).toBe(70);
    const r = scoreAnswers(CARD, { a1: 'yes', a2: 5, b1: 'na', b2: 'no', c1: 'yes' });
    expect(r.sections.find((s) => s.sectionId === 'B')).toMatchObject({ score: 0, failedBy: [], applicableWeight: 20 });
    expect(r.score).toBeCloseTo(700 / 9, 9);
  });

  it('scores a partial form over what is answered, and lists what is not', () => {
    const r = scoreAnswers(CARD, { a1: 'yes', a2: null });
    expect(r.score).toBe(100);
    expect(r.complete).toBe(false);
    expect(r.unanswered).toEqual(['a2', 'b1', 'b2', 'c1']);
    expect(scoreAnswers(CARD, {}).score).toBeNull();
    expect(scoreAnswers(CARD, { b1: 'na', b2: 'na' }).score).toBeNull();
  });

  it('formats one decimal', () => {
    expect(formatScore(93.75)).toBe('93.8');
    expect(formatScore(100)).toBe('100.0');
    expect(formatScore(null)).toBe('—');
  });
});

// Property tests over random scorecards and answers ------------------------------------

const criterionArb = (id: string) =>
  fc
    .record({
      weight: fc.integer({ min: 1, max: 40 }),
      rated: fc.boolean(),
      naAllowed: fc.boolean(),
      critical: fc.constantFrom('none', 'none', 'none', 'fail_section', 'fail_all'),
    })
    .map(({ weight, rated, naAllowed, critical }): Criterion =>
      crit(id, weight, { scale: rated ? '1_to_5' : 'yes_no', naAllowed, critical: rated ? 'none' : (critical as Criterion['critical']) }),
    );

const cardArb: fc.Arbitrary<Scorecard> = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) =>
    fc.tuple(...sizes.map((n, i) => fc.tuple(...Array.from({ length: n }, (_, j) => criterionArb(`s${i}c${j}`))))).map((sections) => ({
      id: 'random',
      version: 1,
      name: 'Random',
      description: '',
      sections: sections.map((criteria, i) => ({ id: `s${i}`, title: `S${i}`, criteria })),
    })),
  );

const criteriaOf = (card: Scorecard) => card.sections.flatMap((s) => s.criteria);

function answerArb(c: Criterion): fc.Arbitrary<AnswerValue | null> {
  const values: fc.Arbitrary<AnswerValue>[] = [c.scale === 'yes_no' ? fc.constantFrom<AnswerValue>('yes', 'no') : fc.integer({ min: 1, max: 5 })];
  if (c.naAllowed) values.push(fc.constant<AnswerValue>('na'));
  return fc.option(fc.oneof(...values), { freq: 8 });
}

const cardAndAnswers = cardArb.chain((card) =>
  fc.tuple(fc.constant(card), fc.tuple(...criteriaOf(card).map(answerArb)).map((values) => Object.fromEntries(criteriaOf(card).map((c, i) => [c.id, values[i] ?? null])) as Answers)),
);

const best = (c: Criterion): AnswerValue => (c.scale === 'yes_no' ? 'yes' : 5);
const failsAll = (card: Scorecard, answers: Answers) => criteriaOf(card).some((c) => c.critical === 'fail_all' && answers[c.id] === 'no');

describe('scoreAnswers: properties', () => {
  it('the score is always within 0..100, or null only when nothing applies', () => {
    fc.assert(
      fc.property(cardAndAnswers, ([card, answers]) => {
        const r = scoreAnswers(card, answers);
        const anyApplies = criteriaOf(card).some((c) => answers[c.id] !== null && answers[c.id] !== 'na');
        if (r.score === null) expect(anyApplies).toBe(false);
        else {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
        for (const s of r.sections) if (s.score !== null) expect(s.score >= 0 && s.score <= 100).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('all best answers score exactly 100', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        expect(scoreAnswers(card, Object.fromEntries(criteriaOf(card).map((c) => [c.id, best(c)]))).score).toBe(100);
      }),
      { numRuns: 200 },
    );
  });

  it('a failed fail_all criterion makes the score 0, whatever the other answers', () => {
    fc.assert(
      fc.property(cardAndAnswers, ([card, answers]) => {
        const r = scoreAnswers(card, answers);
        expect(r.score === 0 || !failsAll(card, answers)).toBe(true);
        if (failsAll(card, answers)) expect(r.score).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('N/A invariance: outside a failed section, an N/A criterion is as if it were not on the scorecard (its weight is irrelevant)', () => {
    fc.assert(
      fc.property(cardAndAnswers, fc.integer({ min: 1, max: 1000 }), ([card, answers], newWeight) => {
        const r = scoreAnswers(card, answers);
        for (const section of card.sections) {
          if ((r.sections.find((s) => s.sectionId === section.id)?.failedBy.length ?? 0) > 0) continue;
          for (const c of section.criteria) {
            if (answers[c.id] !== 'na') continue;
            const without: Scorecard = {
              ...card,
              sections: card.sections.map((s) => ({ ...s, criteria: s.criteria.filter((x) => x !== c) })).filter((s) => s.criteria.length > 0),
            };
            const reweighted: Scorecard = { ...card, sections: card.sections.map((s) => ({ ...s, criteria: s.criteria.map((x) => (x === c ? { ...x, weight: newWeight } : x)) })) };
            const expected = r.score;
            for (const other of [scoreAnswers(without, answers).score, scoreAnswers(reweighted, answers).score]) {
              if (expected === null) expect(other).toBeNull();
              else expect(other).toBeCloseTo(expected, 9);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a better answer never lowers the score (so a fail_section "no" turned "yes" never hurts)', () => {
    fc.assert(
      fc.property(cardAndAnswers, fc.nat(), ([card, answers], pick) => {
        const all = criteriaOf(card).filter((c) => answers[c.id] !== null && answers[c.id] !== 'na');
        const c = all[pick % Math.max(1, all.length)];
        if (!c) return;
        const before = scoreAnswers(card, answers).score ?? 0;
        const after = scoreAnswers(card, { ...answers, [c.id]: best(c) }).score ?? 0;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 400 },
    );
  });

  it('scores the default scorecard: all best 100, a hold without permission zeroes the hold section only', () => {
    const all = Object.fromEntries(criteriaOf(DEFAULT_SCORECARD).map((c) => [c.id, best(c)]));
    expect(scoreAnswers(DEFAULT_SCORECARD, all).score).toBe(100);
    const r = scoreAnswers(DEFAULT_SCORECARD, { ...all, hold_permission: 'no' });
    expect(r.score).toBe(88); // the hold section's 12 points are lost
    expect(r.sections.find((s) => s.sectionId === 'hold')?.score).toBe(0);
    expect(scoreAnswers(DEFAULT_SCORECARD, { ...all, verification: 'no' }).score).toBe(0);
  });
});
