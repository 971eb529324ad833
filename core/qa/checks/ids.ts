import { z } from 'zod';

// The automatic checks a scorecard criterion may name in its `auto` key. The ids live apart
// from the checks themselves so the scorecard schema can name them without importing the
// call reducer.

export const AUTO_CHECK_IDS = [
  'greeting',
  'tone',
  'hold_permission',
  'hold_checkins',
  'hold_thanks',
  'empathy_before_resolve',
  'apology_before_resolve',
  'problem_restated',
  'anything_else',
  'recap',
  'case_number',
  'promises_dated',
  'thanked',
  'notes_taken',
  'wrap_up_root_cause',
  'abuse_procedure',
] as const;
export const AutoCheckId = z.enum(AUTO_CHECK_IDS);
export type AutoCheckId = z.infer<typeof AutoCheckId>;

/**
 * What a check can answer, so a scorecard that wires it to the wrong criterion is refused
 * when it is saved, not when a call is scored: `scale` 'any' for checks that only ever say
 * "not enough evidence" (they fit any criterion); `mayBeNa` for checks that answer N/A
 * (a call with no holds has no hold etiquette to grade).
 */
export type AutoCheckShape = { label: string; scale: 'yes_no' | 'any'; mayBeNa: boolean };

export const AUTO_CHECK_SHAPES: Record<AutoCheckId, AutoCheckShape> = {
  greeting: { label: 'Greeting (not in the log)', scale: 'any', mayBeNa: false },
  tone: { label: 'Tone and language (not in the log)', scale: 'any', mayBeNa: false },
  hold_permission: { label: 'Permission asked before every hold', scale: 'yes_no', mayBeNa: true },
  hold_checkins: { label: 'Check-ins on time during every hold', scale: 'yes_no', mayBeNa: true },
  hold_thanks: { label: 'Thanked the caller on return from hold', scale: 'any', mayBeNa: true },
  empathy_before_resolve: { label: 'Empathy step done before resolving', scale: 'yes_no', mayBeNa: false },
  apology_before_resolve: { label: 'Apology step done before resolving', scale: 'yes_no', mayBeNa: false },
  problem_restated: { label: 'Problem restated to the caller', scale: 'yes_no', mayBeNa: false },
  anything_else: { label: '"Anything else?" asked', scale: 'yes_no', mayBeNa: true },
  recap: { label: 'Next steps recapped', scale: 'yes_no', mayBeNa: true },
  case_number: { label: 'Case number given', scale: 'yes_no', mayBeNa: true },
  promises_dated: { label: 'Every promise recorded with a due time', scale: 'yes_no', mayBeNa: true },
  thanked: { label: 'Thanked the caller', scale: 'yes_no', mayBeNa: true },
  notes_taken: { label: 'Notes taken during the call', scale: 'yes_no', mayBeNa: false },
  wrap_up_root_cause: { label: 'Wrap-up with disposition and root cause', scale: 'yes_no', mayBeNa: false },
  abuse_procedure: { label: 'Abusive-caller procedure: warned and offered a supervisor', scale: 'yes_no', mayBeNa: true },
};
