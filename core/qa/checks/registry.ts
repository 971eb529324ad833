import type { CallEvent } from '../../call/events.js';
import { reduceCall } from '../../call/reducer.js';
import type { CallState } from '../../call/state.js';
import type { AutoAnswer } from '../answer.js';
import { anythingElseCheck, caseNumberCheck, promisesDatedCheck, recapCheck, thankedCheck } from './closing.js';
import { checkContext, type CheckContext, type CheckOptions } from './context.js';
import { holdCheckinsCheck, holdPermissionCheck, holdThanksCheck } from './hold.js';
import type { AutoCheckId } from './ids.js';
import { apologyCheck, empathyCheck, greetingCheck, problemRestatedCheck, toneCheck } from './script.js';
import { abuseProcedureCheck, notesTakenCheck, wrapUpRootCauseCheck } from './wrapUp.js';

export type AutoCheck = (ctx: CheckContext) => AutoAnswer;

/** Every automatic check, by the id a scorecard's `auto` key names. */
export const AUTO_CHECKS: Record<AutoCheckId, AutoCheck> = {
  greeting: greetingCheck,
  tone: toneCheck,
  hold_permission: holdPermissionCheck,
  hold_checkins: holdCheckinsCheck,
  hold_thanks: holdThanksCheck,
  empathy_before_resolve: empathyCheck,
  apology_before_resolve: apologyCheck,
  problem_restated: problemRestatedCheck,
  anything_else: anythingElseCheck,
  recap: recapCheck,
  case_number: caseNumberCheck,
  promises_dated: promisesDatedCheck,
  thanked: thankedCheck,
  notes_taken: notesTakenCheck,
  wrap_up_root_cause: wrapUpRootCauseCheck,
  abuse_procedure: abuseProcedureCheck,
};

export type AutoAnswers = Record<AutoCheckId, AutoAnswer>;

export function runAutoChecks(ctx: CheckContext): AutoAnswers {
  const out = {} as AutoAnswers;
  for (const id of Object.keys(AUTO_CHECKS) as AutoCheckId[]) out[id] = AUTO_CHECKS[id](ctx);
  return out;
}

/** Every automatic answer for a state of the reducer (a whole call, or a replay at time t). */
export function autoAnswersForState(state: CallState, options: CheckOptions = {}): AutoAnswers {
  return runAutoChecks(checkContext(state, options));
}

/** Every automatic answer for a call's log: one fold through the core/call reducer, then the checks. */
export function autoAnswers(events: readonly CallEvent[], options: CheckOptions = {}): AutoAnswers {
  return autoAnswersForState(reduceCall(events, options.catalog), options);
}
