import type { CallEventOf } from '../events.js';
import type { CallState } from '../state.js';
import { closeHold } from './hold.js';

// How the call ends: closing checklist, promises, hand-offs, wrap-up, the end.

export function onClosingTicked(s: CallState, e: CallEventOf<'closing.ticked'>): CallState {
  if (s.closing.ticked[e.item] !== undefined) return s;
  return { ...s, closing: { ...s.closing, ticked: { ...s.closing.ticked, [e.item]: e.at } } };
}

export function onClosingUnticked(s: CallState, e: CallEventOf<'closing.unticked'>): CallState {
  if (s.closing.ticked[e.item] === undefined) return s;
  const ticked = { ...s.closing.ticked };
  delete ticked[e.item];
  return { ...s, closing: { ...s.closing, ticked } };
}

/** The latest override is the rep's current word on what was skipped and why. */
export function onClosingOverride(s: CallState, e: CallEventOf<'closing.override'>): CallState {
  return { ...s, closing: { ...s.closing, override: { missing: [...e.missing], reason: e.reason, at: e.at } } };
}

/** Recording the same commitment id again corrects it (say, a new due time) in place. */
export function onCommitmentMade(s: CallState, e: CallEventOf<'commitment.made'>): CallState {
  const record = { id: e.commitmentId, description: e.description, owner: e.owner, dueAt: e.dueAt, madeAt: e.at };
  const i = s.commitments.findIndex((c) => c.id === e.commitmentId);
  if (i === -1) return { ...s, commitments: [...s.commitments, record] };
  return { ...s, commitments: s.commitments.map((c, j) => (j === i ? { ...record, madeAt: c.madeAt } : c)) };
}

/** A transfer hands the caller to someone else: their hold (if any) ends and wrap-up begins. */
export function onTransfer(s: CallState, e: CallEventOf<'transfer'>): CallState | string {
  if (s.transfer !== null) return 'the caller was already transferred';
  return {
    ...s,
    transfer: { to: e.to, handover: e.handover, at: e.at },
    hold: closeHold(s.hold, e.at, 'transfer'),
    wrapUpAt: s.wrapUpAt ?? e.at,
  };
}

/** An escalation moves the case, not necessarily the caller: the call goes on. */
export function onEscalation(s: CallState, e: CallEventOf<'escalation'>): CallState {
  return { ...s, escalations: [...s.escalations, { to: e.to, reason: e.reason, handover: e.handover, at: e.at }] };
}

/** Recording the outcome is after-call work: the conversation is over, so is any hold. */
export function onDispositionSet(s: CallState, e: CallEventOf<'disposition.set'>): CallState {
  return {
    ...s,
    disposition: { disposition: e.disposition, rootCause: e.rootCause, summary: e.summary, at: e.at },
    hold: closeHold(s.hold, e.at, 'disposition.set'),
    wrapUpAt: s.wrapUpAt ?? e.at,
  };
}

export function onCallEnded(s: CallState, e: CallEventOf<'call.ended'>): CallState {
  return { ...s, endedAt: e.at, hold: closeHold(s.hold, e.at, 'call.ended') };
}
