import { closingItem, type ClosingItemId } from '../../call/closing.js';
import { answered, unknownAnswer, type AutoAnswer, type Evidence } from '../answer.js';
import { clock, eventAt, eventsOf, evidence, formatSpan, type CheckContext } from './context.js';

// The closing checklist (DOMAIN.md, "Closing"), read from the reducer's closing state: an
// item is done when it is ticked (or a script step that does the same act is, as for
// LAST's Thank); an override is the rep's own record of skipping it, with the reason.

function transferEvidence(ctx: CheckContext): Evidence[] {
  const t = ctx.state.transfer;
  return t === null ? [] : evidence(ctx, eventAt(ctx, 'transfer', t.at), `Transferred to ${t.to}; the closing was theirs`);
}

function closingCheck(ctx: CheckContext, id: ClosingItemId, what: string): AutoAnswer {
  const { state } = ctx;
  const item = closingItem(id);
  const tickedAt = state.closing.ticked[id];
  if (tickedAt !== undefined) {
    return answered('yes', `${what} (ticked at ${clock(ctx, tickedAt)})`, evidence(ctx, eventAt(ctx, 'closing.ticked', tickedAt, (e) => e.item === id), `${item.label}: ticked`));
  }
  const step = state.checked.find((c) => item.satisfiedBySteps.includes(c.stepId));
  if (step !== undefined) {
    return answered('yes', `${what} (script step ${step.stepId} ticked)`, evidence(ctx, eventAt(ctx, 'step.checked', step.at, (e) => e.stepId === step.stepId), `Step ${step.stepId} ticked`));
  }
  if (state.transfer !== null) return answered('na', 'The caller was transferred before the closing', transferEvidence(ctx));
  const override = state.closing.override;
  if (override !== null && override.missing.includes(id)) {
    const ev = evidence(ctx, eventAt(ctx, 'closing.override', override.at), `Closed without "${item.label}": ${override.reason}`);
    // A case number cannot be given on a call with no case (a quick question): not applicable.
    if (id === 'case_number' && state.start !== null && state.start.caseId === null) return answered('na', `No case on this call (${override.reason})`, ev);
    return answered('no', `Skipped by override: ${override.reason}`, ev);
  }
  return answered('no', `${item.label}: never ticked`, evidence(ctx, eventsOf(ctx, 'call.ended')[0] ?? null, 'The call ended without it'));
}

export function anythingElseCheck(ctx: CheckContext): AutoAnswer {
  return closingCheck(ctx, 'anything_else', 'Asked "anything else?"');
}

export function recapCheck(ctx: CheckContext): AutoAnswer {
  return closingCheck(ctx, 'next_steps', 'Recapped next steps');
}

export function caseNumberCheck(ctx: CheckContext): AutoAnswer {
  return closingCheck(ctx, 'case_number', 'Gave the case number');
}

export function thankedCheck(ctx: CheckContext): AutoAnswer {
  return closingCheck(ctx, 'thanked', 'Thanked the caller');
}

/**
 * Every promise dated: a commitment always has a due time (the schema requires one), so what
 * can go wrong is a due time that is not after the promise, or a callback offered with no
 * commitment recorded after it. A case left pending with no promise at all may hide an
 * undated "I'll get back to you": the log cannot tell, so it says so.
 */
export function promisesDatedCheck(ctx: CheckContext): AutoAnswer {
  const { state } = ctx;
  const made = (id: string) => eventsOf(ctx, 'commitment.made').filter((e) => e.commitmentId === id).at(-1) ?? null;
  const bad = state.commitments.filter((c) => c.dueAt <= c.madeAt);
  const offers = state.hold.callbackOffers;
  const firstOffer = offers[0];
  const unrecordedOffer = firstOffer !== undefined && !state.commitments.some((c) => c.madeAt >= firstOffer);
  const listed = state.commitments.flatMap((c) =>
    evidence(ctx, made(c.id), c.dueAt > c.madeAt ? `Promise "${c.description}" due ${formatSpan(c.dueAt - c.madeAt)} later` : `Promise "${c.description}" has a due time that is not after it was made`),
  );
  if (bad.length > 0 || unrecordedOffer) {
    const offerEvidence = unrecordedOffer ? evidence(ctx, eventAt(ctx, 'hold.callback_offered', firstOffer), 'Offered a callback; no commitment with a due time was recorded after it') : [];
    const why = bad.length > 0 ? `${bad.length} promise${bad.length === 1 ? '' : 's'} without a due time after the promise` : 'A callback was offered but never recorded as a commitment';
    return answered('no', why, [...offerEvidence, ...listed]);
  }
  if (state.commitments.length > 0) {
    const n = state.commitments.length;
    return answered('yes', n === 1 ? 'The promise has a due time' : `All ${n} promises have a due time`, listed);
  }
  const d = state.disposition;
  if (d !== null && (d.disposition === 'pending' || d.disposition === 'escalated')) {
    return unknownAnswer(`The case was left ${d.disposition} and no promise was recorded: listen for an undated one`, evidence(ctx, eventAt(ctx, 'disposition.set', d.at), `Disposition ${d.disposition}`));
  }
  return answered('na', 'No promise was made on this call', []);
}
