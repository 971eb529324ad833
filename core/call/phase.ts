import { currentHold, type CallPhase, type CallState, type StepView } from './state.js';

/**
 * The phase follows from facts in the state, not from a stored transition, so any fold
 * order that reaches the same facts reaches the same phase. Precedence: a finished record,
 * then a caller on hold (a hold can start during wrap-up if the caller is still there),
 * then after-call work, then the conversation, then the greeting.
 */
export function derivePhase(s: CallState): CallPhase {
  if (s.endedAt !== null) return 'ended';
  if (currentHold(s.hold)) return 'on_hold';
  if (s.wrapUpAt !== null) return 'wrap_up';
  if (s.progressedAt !== null) return 'in_progress';
  return 'greeting';
}

/**
 * The first unchecked step. While the caller is on the line, wrap-up steps (HEARD's
 * Diagnose) wait until every live step is done: they are "afterwards" work. In wrap-up the
 * plain script order applies, so a live step the rep forgot to tick comes first.
 */
export function currentStepId(steps: readonly StepView[], phase: CallPhase): string | null {
  const afterCall = phase === 'wrap_up' || phase === 'ended';
  const order = afterCall ? steps : [...steps.filter((s) => !s.wrapUp), ...steps.filter((s) => s.wrapUp)];
  return order.find((s) => !s.done)?.id ?? null;
}

/** Recomputes everything derived: step done flags, current step, phase. */
export function withDerived(s: CallState): CallState {
  const phase = derivePhase(s);
  const steps = s.script.steps.map((step) => {
    const tick = s.checked.find((c) => c.stepId === step.id);
    return { ...step, done: tick !== undefined, doneAt: tick?.at ?? null };
  });
  return { ...s, phase, script: { ...s.script, steps, currentStepId: currentStepId(steps, phase) } };
}
