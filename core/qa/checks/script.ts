import type { CheckedStep } from '../../call/state.js';
import { answered, unknownAnswer, type AutoAnswer } from '../answer.js';
import { eventAt, evidence, type CheckContext } from './context.js';

// Script steps as evidence (DOMAIN.md, "De-escalation methods"): the rep ticks a step when
// it is done, so a tick is the log's record of the act. A step the call's scripts never
// offered (LAST has no Empathize) is not a failure: the log cannot tell, and says so.

const RESOLVE = 'resolve';

function tickOf(ctx: CheckContext, stepId: string): CheckedStep | null {
  return ctx.state.checked.find((c) => c.stepId === stepId) ?? null;
}

function tickEvent(ctx: CheckContext, tick: CheckedStep | null) {
  return tick === null ? null : eventAt(ctx, 'step.checked', tick.at, (e) => e.stepId === tick.stepId);
}

/** Whether any script used on this call (the first and every switch) has the step. */
function offered(ctx: CheckContext, stepId: string): boolean {
  return ctx.state.scriptHistory.some((h) => ctx.catalog.get(h.scriptId)?.steps.some((s) => s.id === stepId) ?? false);
}

function scriptNames(ctx: CheckContext): string {
  const names = ctx.state.scriptHistory.map((h) => ctx.catalog.get(h.scriptId)?.name ?? h.scriptId);
  return names.length === 0 ? 'no script' : [...new Set(names)].join(', ');
}

/** A step done before Resolve: empathy and apology come before the fix (HEARD, LAST, irate). */
function stepBeforeResolve(ctx: CheckContext, stepId: string, title: string): AutoAnswer {
  const tick = tickOf(ctx, stepId);
  const resolve = tickOf(ctx, RESOLVE);
  const resolveEvidence = evidence(ctx, tickEvent(ctx, resolve), 'Resolve ticked');
  if (tick !== null) {
    const ev = tickEvent(ctx, tick);
    // Same millisecond counts as before: the log's order within it is the id tie-break, not the rep's.
    if (resolve !== null && tick.at > resolve.at) {
      return answered('no', `${title} ticked only after Resolve`, [...resolveEvidence, ...evidence(ctx, ev, `${title} ticked after Resolve`)]);
    }
    const summary = resolve === null ? `${title} ticked (Resolve never ticked)` : `${title} ticked before Resolve`;
    return answered('yes', summary, [...evidence(ctx, ev, `${title} ticked`), ...resolveEvidence]);
  }
  if (!offered(ctx, stepId)) return unknownAnswer(`The script used (${scriptNames(ctx)}) has no ${title} step`, resolveEvidence);
  return answered('no', `${title} was never ticked`, resolveEvidence);
}

export function empathyCheck(ctx: CheckContext): AutoAnswer {
  return stepBeforeResolve(ctx, 'empathize', 'Empathize');
}

export function apologyCheck(ctx: CheckContext): AutoAnswer {
  return stepBeforeResolve(ctx, 'apologize', 'Apologize');
}

/** The irate-caller sequence's "Identify and restate"; other scripts leave it to the supervisor. */
export function problemRestatedCheck(ctx: CheckContext): AutoAnswer {
  const tick = tickOf(ctx, 'restate');
  if (tick !== null) return answered('yes', 'Restated the problem (step ticked)', evidence(ctx, tickEvent(ctx, tick), 'Identify and restate ticked'));
  if (!offered(ctx, 'restate')) return unknownAnswer(`The script used (${scriptNames(ctx)}) has no restate step`);
  return answered('no', 'The restate step was never ticked', []);
}

/** The log has no record of the opening words: the first seconds are where to listen. */
export function greetingCheck(ctx: CheckContext): AutoAnswer {
  const start = ctx.events.find((e) => e.type === 'call.started') ?? null;
  return unknownAnswer('The log does not record the greeting', evidence(ctx, start, 'The call starts: listen for company, name and an offer to help'));
}

/** Tone and wording are in the audio, not the log. */
export function toneCheck(_ctx: CheckContext): AutoAnswer {
  return unknownAnswer('The log does not record tone or wording');
}
