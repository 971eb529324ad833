import { describe, expect, it } from 'vitest';
import { autoAnswers } from '../../../../core/qa/checks/registry.js';
import { answerCriterion, canRevise, checkEvaluation, countsTowardRepScore, draftEvaluation, evaluationScore, latestRevision, reviseEvaluation } from '../../../../core/qa/evaluation/revisions.js';
import { EvaluationAnswer, EvaluationRevision } from '../../../../core/qa/evaluation/schema.js';
import { foldStatus, INITIAL_STATUS, nextStatus, type Actor, type StatusRecord, type StatusSubject } from '../../../../core/qa/evaluation/status.js';
import { prefillAnswers } from '../../../../core/qa/prefill.js';
import { DEFAULT_SCORECARD } from '../../../../core/qa/scorecard/default.js';
import { CALL_ID, T0, uuid } from '../call/builders.js';
import { goodHeardCall } from './qaLogs.js';

const AUTO = autoAnswers(goodHeardCall().events);
const draft = () =>
  draftEvaluation({ evaluationId: uuid(0xe1), revisionId: uuid(0xe101), scorecard: DEFAULT_SCORECARD, callId: CALL_ID, repId: 'rep-sam', evaluatorId: 'qa-kim', kind: 'normal', calibrationSessionId: null, practice: false, auto: AUTO, at: T0 });

const answerOf = (rev: EvaluationRevision, id: string) => rev.answers.find((a) => a.criterionId === id)!;
function withAnswer(rev: EvaluationRevision, id: string, final: EvaluationAnswer['final'], comment?: string | null): EvaluationRevision {
  return { ...rev, answers: rev.answers.map((a) => (a.criterionId === id ? answerCriterion(a, final, comment) : a)) };
}
function answerAll(rev: EvaluationRevision): EvaluationRevision {
  return { ...rev, answers: rev.answers.map((a) => (a.final !== null ? a : answerCriterion(a, DEFAULT_SCORECARD.sections.flatMap((s) => s.criteria).find((c) => c.id === a.criterionId)!.scale === 'yes_no' ? 'yes' : 4))) };
}

describe('the prefilled form', () => {
  it('arrives answered from the log where the log could tell, blank (to answer) where it could not', () => {
    const answers = prefillAnswers(DEFAULT_SCORECARD, AUTO);
    const byId = Object.fromEntries(answers.map((a) => [a.criterionId, a]));
    expect(byId.hold_permission).toMatchObject({ final: 'yes', overridden: false, comment: null, auto: { answer: 'yes' } });
    expect(byId.empathy?.final).toBe('yes');
    expect(byId.abuse_procedure?.final).toBe('na');
    expect(byId.greeting).toMatchObject({ final: null, auto: { answer: 'unknown', reason: 'not enough evidence' } });
    expect(byId.hold_thanks?.final).toBeNull();
    expect(byId.listening).toMatchObject({ final: null, auto: null });
    expect(answers).toHaveLength(DEFAULT_SCORECARD.sections.flatMap((s) => s.criteria).length);
    expect(EvaluationRevision.safeParse(draft()).success).toBe(true);
  });
});

describe('answers and overrides', () => {
  it('an answer that differs from the automatic one is an override, and needs a comment', () => {
    const a = answerCriterion(answerOf(draft(), 'hold_permission'), 'no');
    expect(a.overridden).toBe(true);
    const r = EvaluationAnswer.safeParse(a);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['comment: An override needs a comment: say why the automatic answer does not hold']);
    expect(EvaluationAnswer.safeParse(answerCriterion(a, 'no', 'The rep asked only after starting the hold (1:03 in the audio)')).success).toBe(true);
  });

  it('confirming the automatic answer, or answering where there was none, is not an override', () => {
    expect(answerCriterion(answerOf(draft(), 'hold_permission'), 'yes').overridden).toBe(false);
    expect(answerCriterion(answerOf(draft(), 'greeting'), 'no').overridden).toBe(false);
    expect(answerCriterion(answerOf(draft(), 'listening'), 3).overridden).toBe(false);
    expect(answerCriterion(answerOf(draft(), 'hold_permission'), 'no', '   ').comment).toBeNull();
  });

  it('refuses an overridden flag that does not match the answers', () => {
    const lie = { ...answerOf(draft(), 'hold_permission'), overridden: true, comment: 'x' };
    expect(EvaluationAnswer.safeParse(lie).error?.issues[0]?.message).toBe('Not an override: the answer is the automatic one, or there was none');
    const hidden = { ...answerOf(draft(), 'hold_permission'), final: 'no' as const };
    expect(EvaluationAnswer.safeParse(hidden).error?.issues[0]?.message).toBe('The answer differs from the automatic one (yes): it is an override');
  });
});

describe('checkEvaluation against its scorecard version', () => {
  it('names answers that do not fit the criterion, unknown criteria, and what is left to answer before submitting', () => {
    let rev = withAnswer(draft(), 'listening', 'yes');
    rev = withAnswer(rev, 'verification', 'na');
    rev = { ...rev, answers: [...rev.answers, { criterionId: 'mind_reading', auto: null, final: 'yes', overridden: false, comment: null }] };
    rev = { ...rev, comments: [{ id: uuid(0xc1), authorId: 'qa-kim', body: 'b', createdAt: T0, atMs: 5000, criterionId: 'nope' }] };
    const errors = checkEvaluation(rev, DEFAULT_SCORECARD, { forSubmit: true });
    const listening = rev.answers.findIndex((a) => a.criterionId === 'listening');
    const verification = rev.answers.findIndex((a) => a.criterionId === 'verification');
    expect(errors).toEqual([
      `answers.${verification}.final: "Verified the caller before discussing the account" does not allow N/A`,
      `answers.${listening}.final: "Listened without interrupting" is rated 1 to 5, not yes`,
      `answers.${rev.answers.length - 1}.criterionId: "mind_reading" is not on heard-default@1`,
      'comments.0.criterionId: "nope" is not on heard-default@1',
      expect.stringMatching(/^answers: answer every criterion before submitting \(Greeting: company, own name, offer to help; /),
    ]);
    expect(checkEvaluation(answerAll(draft()), DEFAULT_SCORECARD, { forSubmit: true })).toEqual([]);
    expect(checkEvaluation(draft(), { ...DEFAULT_SCORECARD, version: 2 })).toEqual(['scorecard: the evaluation was made with heard-default@1, not heard-default@2']);
  });

  it('scores with the one formula', () => {
    const all = answerAll(draft());
    expect(evaluationScore(all, DEFAULT_SCORECARD).complete).toBe(true);
    const s = evaluationScore(withAnswer(all, 'verification', 'no'), DEFAULT_SCORECARD);
    expect(s.score).toBe(0);
  });

  it('a calibration evaluation names its session, and neither it nor practice counts toward the rep', () => {
    const cal = { ...draft(), kind: 'calibration' as const };
    expect(EvaluationRevision.safeParse(cal).error?.issues[0]?.message).toBe('A calibration evaluation names its session');
    expect(countsTowardRepScore({ ...cal, calibrationSessionId: uuid(0x5e) })).toBe(false);
    expect(countsTowardRepScore({ ...draft(), practice: true })).toBe(false);
    expect(countsTowardRepScore(draft())).toBe(true);
  });
});

describe('revisions are appended, never edited', () => {
  it('a revision is the next number; refused once submitted; resolving a dispute says what changed', () => {
    const r1 = draft();
    const r2 = reviseEvaluation(r1, 'draft', { revisionId: uuid(0xe102), at: T0 + 1000, answers: withAnswer(r1, 'listening', 4).answers });
    expect(r2.ok && r2.value).toMatchObject({ revision: 2, revisionId: uuid(0xe102), evaluationId: r1.evaluationId, createdAt: T0 + 1000 });
    expect(answerOf(r1, 'listening').final).toBeNull();
    expect(reviseEvaluation(r1, 'submitted', { revisionId: uuid(0xe103), at: T0 })).toEqual({ ok: false, errors: ['Cannot revise an evaluation that is submitted: only a draft, or a disputed one to resolve it'] });
    expect(reviseEvaluation(r1, 'disputed', { revisionId: uuid(0xe103), at: T0 })).toEqual({ ok: false, errors: ['note: A revision that resolves a dispute says what changed'] });
    expect(reviseEvaluation(r1, 'disputed', { revisionId: uuid(0xe103), at: T0, note: 'Hold permission: agreed, asked at 0:58' }).ok).toBe(true);
    expect([canRevise('draft'), canRevise('disputed'), canRevise('acknowledged'), canRevise('resolved')]).toEqual([true, true, false, false]);
  });

  it('the latest is the highest number; two revisions of one number (two desks offline) are both kept and reported', () => {
    const r1 = draft();
    const a = { ...r1, revision: 2, revisionId: uuid(0xa2), createdAt: T0 + 10 };
    const b = { ...r1, revision: 2, revisionId: uuid(0xb2), createdAt: T0 + 20 };
    expect(latestRevision([a, r1, b])).toEqual({ latest: b, concurrent: [a] });
    expect(latestRevision([b, a, r1])).toEqual({ latest: b, concurrent: [a] });
    expect(latestRevision([])).toEqual({ latest: null, concurrent: [] });
  });
});

describe('status transitions', () => {
  const subject: StatusSubject = { kind: 'normal', repId: 'rep-sam', evaluatorId: 'qa-kim', latestRevision: 1 };
  const kim: Actor = { userId: 'qa-kim', role: 'qa' };
  const sam: Actor = { userId: 'rep-sam', role: 'rep' };
  const ana: Actor = { userId: 'rep-ana', role: 'rep' };
  const submitted = { status: 'submitted' as const, shownRevision: 1, disputedRevision: null };
  const disputed = { status: 'disputed' as const, shownRevision: 1, disputedRevision: 1 };

  it('draft -> submitted -> acknowledged', () => {
    const s = nextStatus(INITIAL_STATUS, { type: 'submit' }, 1, kim, subject);
    expect(s).toEqual({ ok: true, state: submitted });
    expect(nextStatus(submitted, { type: 'acknowledge' }, 1, sam, subject)).toEqual({ ok: true, state: { ...submitted, status: 'acknowledged' } });
  });

  it('submitted -> disputed -> resolved, by a new revision or a refusal with a reason', () => {
    expect(nextStatus(submitted, { type: 'dispute', reason: 'I did ask before the hold' }, 1, sam, subject)).toEqual({ ok: true, state: disputed });
    expect(nextStatus(disputed, { type: 'resolve', outcome: 'revised' }, 2, kim, { ...subject, latestRevision: 2 })).toEqual({ ok: true, state: { status: 'resolved', shownRevision: 2, disputedRevision: 1 } });
    expect(nextStatus(disputed, { type: 'resolve', outcome: 'refused', reason: 'The audio shows no question' }, 1, kim, subject)).toEqual({ ok: true, state: { ...disputed, status: 'resolved' } });
  });

  it('refuses illegal transitions with a clear message', () => {
    const refuse = (...args: Parameters<typeof nextStatus>) => {
      const r = nextStatus(...args);
      return r.ok ? 'allowed' : r.error;
    };
    expect(refuse(INITIAL_STATUS, { type: 'acknowledge' }, 1, sam, subject)).toBe('Cannot acknowledge an evaluation that is draft: it has not been submitted');
    expect(refuse(submitted, { type: 'submit' }, 1, kim, subject)).toBe('Cannot submit: the evaluation is already submitted');
    expect(refuse(submitted, { type: 'resolve', outcome: 'refused', reason: 'x' }, 1, kim, subject)).toBe('Cannot resolve an evaluation that is submitted: only a disputed one');
    expect(refuse({ ...submitted, status: 'acknowledged' }, { type: 'dispute', reason: 'x' }, 1, sam, subject)).toBe('Cannot dispute an evaluation that is acknowledged');
    expect(refuse(submitted, { type: 'acknowledge' }, 1, ana, subject)).toBe('Only the rep whose call it is may acknowledge it');
    expect(refuse(submitted, { type: 'acknowledge' }, 1, kim, subject)).toBe('Only the rep whose call it is may acknowledge it');
    expect(refuse(INITIAL_STATUS, { type: 'submit' }, 1, sam, subject)).toBe('Only QA or an admin submits an evaluation');
    expect(refuse(INITIAL_STATUS, { type: 'submit' }, 1, { userId: 'qa-lee', role: 'qa' }, subject)).toBe('Only the evaluator submits their evaluation');
    expect(refuse(INITIAL_STATUS, { type: 'submit' }, 1, { userId: 'boss', role: 'admin' }, subject)).toBe('allowed');
    expect(refuse(INITIAL_STATUS, { type: 'submit' }, 1, kim, { ...subject, latestRevision: 3 })).toBe('Submit the latest revision (3), not revision 1');
    expect(refuse(disputed, { type: 'resolve', outcome: 'revised' }, 1, kim, subject)).toBe('Resolve with a new revision: after 1, up to the latest (1); got 1');
    expect(refuse(disputed, { type: 'resolve', outcome: 'refused', reason: 'x' }, 1, sam, subject)).toBe('Only QA or an admin resolves a dispute');
    expect(refuse(submitted, { type: 'acknowledge' }, 1, sam, { ...subject, kind: 'calibration' })).toBe('Cannot acknowledge: a calibration evaluation is not shown to the rep');
    expect(refuse(submitted, { type: 'dispute', reason: 'x' }, 2, sam, { ...subject, latestRevision: 2 })).toBe('Cannot dispute revision 2: the rep was shown revision 1');
  });

  it('folds a synced status log the same whatever the delivery order, keeping refused changes with their reason', () => {
    const rec = (n: number, at: number, by: Actor, revision: number, action: StatusRecord['action']): StatusRecord => ({ id: uuid(0x5100 + n), evaluationId: uuid(0xe1), at: T0 + at, by, revision, action });
    const log = [
      rec(1, 10, kim, 1, { type: 'submit' }),
      rec(2, 20, sam, 1, { type: 'acknowledge' }),
      rec(3, 25, sam, 1, { type: 'dispute', reason: 'Changed my mind' }), // crossed: already acknowledged
    ];
    const fold = foldStatus(log, subject);
    expect(fold.state.status).toBe('acknowledged');
    expect(fold.history.map((h) => h.to)).toEqual(['submitted', 'acknowledged']);
    expect(fold.rejected).toEqual([{ record: log[2], reason: 'Cannot dispute an evaluation that is acknowledged' }]);
    expect(foldStatus([log[2]!, log[0]!, log[1]!, log[0]!], subject)).toEqual(fold);
  });
});
