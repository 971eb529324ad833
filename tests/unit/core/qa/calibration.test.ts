import { describe, expect, it } from 'vitest';
import { autoAnswers } from '../../../../core/qa/checks/registry.js';
import { calibrationRevealed, visibleSubmissions, waitingFor } from '../../../../core/qa/calibration/blind.js';
import { cohensKappa, fleissKappa, fleissKappaFromCounts, percentAgreement, type Rating } from '../../../../core/qa/calibration/agreement.js';
import { calibrationReport } from '../../../../core/qa/calibration/report.js';
import type { Scorecard } from '../../../../core/qa/scorecard/schema.js';
import { goodHeardCall } from './qaLogs.js';

/** n copies of a pair of ratings. */
const rep = (n: number, a: Rating, b: Rating): [Rating, Rating][] => Array.from({ length: n }, () => [a, b]);

describe("Cohen's kappa (textbook examples, worked by hand)", () => {
  it('50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: p_o 0.7, p_e 0.5, kappa 0.4', () => {
    // p_o = 35/50; rater A says yes 25/50, B 30/50: p_e = 0.5*0.6 + 0.5*0.4 = 0.5; (0.7-0.5)/(1-0.5) = 0.4
    const k = cohensKappa([...rep(20, 'yes', 'yes'), ...rep(5, 'yes', 'no'), ...rep(10, 'no', 'yes'), ...rep(15, 'no', 'no')]);
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.5, 12);
    expect(k.kappa).toBeCloseTo(0.4, 12);
    expect(k.items).toBe(50);
  });

  it('the same 60% agreement gives different kappas when chance agreement differs', () => {
    // A: 45 yy, 15 yn, 25 ny, 15 nn: p_e = .6*.7 + .4*.3 = .54, kappa = .06/.46
    const a = cohensKappa([...rep(45, 'yes', 'yes'), ...rep(15, 'yes', 'no'), ...rep(25, 'no', 'yes'), ...rep(15, 'no', 'no')]);
    expect(a.observed).toBeCloseTo(0.6, 12);
    expect(a.kappa).toBeCloseTo(0.06 / 0.46, 12);
    expect(a.kappa).toBeCloseTo(0.1304, 4);
    // B: 25 yy, 35 yn, 5 ny, 35 nn: p_e = .6*.3 + .4*.7 = .46, kappa = .14/.54
    const b = cohensKappa([...rep(25, 'yes', 'yes'), ...rep(35, 'yes', 'no'), ...rep(5, 'no', 'yes'), ...rep(35, 'no', 'no')]);
    expect(b.kappa).toBeCloseTo(0.2593, 4);
  });

  it('perfect agreement is 1, systematic disagreement is negative, one category everywhere is undefined', () => {
    expect(cohensKappa([...rep(3, 'yes', 'yes'), ...rep(2, 'no', 'no')]).kappa).toBe(1);
    expect(cohensKappa([...rep(5, 'yes', 'no'), ...rep(5, 'no', 'yes')]).kappa).toBe(-1);
    expect(cohensKappa(rep(4, 'yes', 'yes'))).toMatchObject({ kappa: null, observed: 1, expected: 1 });
    expect(cohensKappa([['yes', null], [null, 'no'], ['yes', 'yes'], ['no', 'no']])).toMatchObject({ kappa: 1, items: 2, excluded: 2 });
    expect(cohensKappa([])).toMatchObject({ kappa: null, items: 0 });
  });
});

describe("Fleiss' kappa (the textbook table: 10 subjects, 14 raters, 5 categories)", () => {
  const TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it('P-bar 0.378, P-bar_e 0.213, kappa 0.210', () => {
    const k = fleissKappaFromCounts(TABLE);
    expect(k.observed).toBeCloseTo(0.378, 3);
    expect(k.expected).toBeCloseTo(0.213, 3);
    expect(k.kappa).toBeCloseTo(0.21, 3);
    expect(k.items).toBe(10);
  });

  it('from raw ratings gives the same as from the count table', () => {
    const cats = ['c1', 'c2', 'c3', 'c4', 'c5'];
    const raw = TABLE.map((row) => row.flatMap((count, j) => Array.from({ length: count }, () => cats[j]!)));
    expect(fleissKappa(raw).kappa).toBeCloseTo(fleissKappaFromCounts(TABLE).kappa!, 12);
  });

  it('equals the two-rater special case: 3 raters all agreeing is 1; items with a missing rating are excluded', () => {
    expect(fleissKappa([['yes', 'yes', 'yes'], ['no', 'no', 'no']]).kappa).toBe(1);
    expect(fleissKappa([['yes', 'yes', 'yes'], ['no', 'no', 'no'], ['yes', null, 'no']])).toMatchObject({ kappa: 1, items: 2, excluded: 1 });
    expect(fleissKappaFromCounts([[2, 1], [1, 1]])).toMatchObject({ items: 1, excluded: 1 });
  });
});

describe('percent agreement', () => {
  it('two raters: share of items alike; more: mean share of agreeing pairs', () => {
    expect(percentAgreement([['yes', 'yes'], ['yes', 'no'], ['no', 'no'], ['na', 'na']]).value).toBe(0.75);
    // 3 raters: (yes, yes, no) has 1 agreeing pair of 3
    expect(percentAgreement([['yes', 'yes', 'no'], [5, 5, 5]]).value).toBeCloseTo((1 / 3 + 1) / 2, 12);
    expect(percentAgreement([['yes', null], [null, null]])).toEqual({ value: null, items: 0 });
  });
});

const CARD: Scorecard = {
  id: 'cal',
  version: 1,
  name: 'Cal',
  description: '',
  sections: [
    {
      id: 's',
      title: 'S',
      criteria: [
        { id: 'perm', label: 'Permission', description: '', weight: 50, scale: 'yes_no', naAllowed: true, critical: 'none', auto: 'hold_permission' },
        { id: 'listen', label: 'Listening', description: '', weight: 50, scale: '1_to_5', naAllowed: false, critical: 'none', auto: null },
      ],
    },
  ],
};

describe('calibrationReport', () => {
  const auto = autoAnswers(goodHeardCall().events); // hold_permission: yes
  const sessions = [
    { sessionId: 's1', callId: 'c1', auto, submissions: [{ evaluatorId: 'kim', answers: { perm: 'yes', listen: 4 } }, { evaluatorId: 'lee', answers: { perm: 'no', listen: 4 } }] },
    { sessionId: 's2', callId: 'c2', auto, submissions: [{ evaluatorId: 'kim', answers: { perm: 'yes', listen: 3 } }, { evaluatorId: 'lee', answers: { perm: 'yes', listen: 5 } }] },
  ] as const;

  it('per criterion: answers side by side, percent agreement and Cohen\'s kappa for two supervisors', () => {
    const r = calibrationReport(CARD, sessions);
    expect(r.evaluators).toEqual(['kim', 'lee']);
    const perm = r.criteria.find((c) => c.criterionId === 'perm')!;
    expect(perm.answers).toEqual([
      { sessionId: 's1', callId: 'c1', byEvaluator: { kim: 'yes', lee: 'no' }, auto: 'yes' },
      { sessionId: 's2', callId: 'c2', byEvaluator: { kim: 'yes', lee: 'yes' }, auto: 'yes' },
    ]);
    expect(perm.agreement).toEqual({ value: 0.5, items: 2 });
    // kim yes,yes; lee no,yes: p_o .5, p_e = 1*.5 + 0*.5 = .5, kappa 0
    expect(perm.kappa).toMatchObject({ method: 'cohen', kappa: 0, observed: 0.5, expected: 0.5 });
    expect(r.criteria.find((c) => c.criterionId === 'listen')?.agreement.value).toBe(0.5);
    expect(r.overall.agreement).toEqual({ value: 0.5, items: 4 });
  });

  it("each supervisor's agreement with the log's answers, with the differences listed", () => {
    const r = calibrationReport(CARD, sessions);
    expect(r.raters).toEqual([
      { evaluatorId: 'kim', compared: 2, agreed: 2, rate: 1, differences: [] },
      { evaluatorId: 'lee', compared: 2, agreed: 1, rate: 0.5, differences: [{ sessionId: 's1', criterionId: 'perm', rater: 'no', auto: 'yes' }] },
    ]);
  });

  it('scores each submission and shows the spread; three supervisors use Fleiss', () => {
    const r = calibrationReport(CARD, sessions);
    expect(r.scores[0]).toEqual({ sessionId: 's1', byEvaluator: { kim: 87.5, lee: 37.5 }, spread: 50 });
    const three = calibrationReport(CARD, [{ ...sessions[0], submissions: [...sessions[0].submissions, { evaluatorId: 'mo', answers: { perm: 'yes', listen: 4 } }] }]);
    expect(three.criteria[0]?.kappa.method).toBe('fleiss');
    expect(three.criteria[1]?.agreement.value).toBe(1);
  });
});

describe('a blind calibration session', () => {
  const roster = { invited: ['kim', 'lee'], submissions: [{ evaluatorId: 'kim', answers: { perm: 'yes' as const } }] };

  it('shows each supervisor only their own answers until everyone invited has submitted', () => {
    expect(waitingFor(roster)).toEqual(['lee']);
    expect(calibrationRevealed(roster)).toBe(false);
    expect(visibleSubmissions(roster, 'kim').map((s) => s.evaluatorId)).toEqual(['kim']);
    expect(visibleSubmissions(roster, 'lee')).toEqual([]);
    const done = { ...roster, submissions: [...roster.submissions, { evaluatorId: 'lee', answers: { perm: 'no' as const } }] };
    expect(calibrationRevealed(done)).toBe(true);
    expect(visibleSubmissions(done, 'lee').map((s) => s.evaluatorId)).toEqual(['kim', 'lee']);
  });
});
