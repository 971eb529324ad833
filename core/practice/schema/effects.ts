import { z } from 'zod';

// What moves the caller (issue 11, "A caller who reacts"). Each effect changes mood (0 calm ..
// 100 irate) and spends patience. A scenario may override any of them.
//
// Patience only ever goes down: every turn costs at least one point and no effect gives any
// back. That is the engine's termination argument (no scenario can deadlock: patience ends
// every call), so an override that would refund patience is refused when the file is read.

export const WORSENING_EFFECTS = [
  'interrupt',
  'blame',
  'negative_wording',
  'jargon',
  'hold_without_permission',
  'checkin_missed',
  'silence',
  'repeat_question',
  'premature_fix',
  'wrong_offer',
  'undated_promise',
  'no_greeting',
  'stalling',
  'hold_time',
] as const;

export const CALMING_EFFECTS = [
  'greeting',
  'empathy',
  'apology',
  'restatement',
  'fact_question',
  'dated_promise',
  'checkin_done',
  'hold_permission',
  'thanks',
  'back_on_track',
  'abuse_warned',
] as const;

export const EFFECT_KEYS = [...WORSENING_EFFECTS, ...CALMING_EFFECTS] as const;
export const EffectKey = z.enum(EFFECT_KEYS);
export type EffectKey = z.infer<typeof EffectKey>;

export type Effect = { mood: number; patience: number };

export const EffectOverride = z.strictObject({
  mood: z.number().int().min(-50, 'An effect moves mood by -50 to 50').max(50, 'An effect moves mood by -50 to 50').optional(),
  patience: z.number().int().min(-20, 'An effect spends 0 to 20 patience').max(0, 'Patience effects can only spend patience (0 or less), so every call ends').optional(),
});
export type EffectOverride = z.infer<typeof EffectOverride>;

/**
 * The defaults, before personas and the scenario adjust them. Worsening effects are larger
 * than calming ones on purpose: one "that's our policy" undoes a good apology, which is what
 * trainers tell reps and what callers do.
 */
export const DEFAULT_EFFECTS: Record<EffectKey, Effect> = {
  interrupt: { mood: 8, patience: -2 },
  blame: { mood: 15, patience: -3 },
  negative_wording: { mood: 8, patience: -1 },
  jargon: { mood: 5, patience: -1 },
  hold_without_permission: { mood: 15, patience: -3 },
  checkin_missed: { mood: 10, patience: -3 },
  silence: { mood: 5, patience: -2 },
  repeat_question: { mood: 6, patience: -2 },
  premature_fix: { mood: 5, patience: -1 },
  wrong_offer: { mood: 6, patience: -1 },
  undated_promise: { mood: 4, patience: 0 },
  no_greeting: { mood: 4, patience: 0 },
  stalling: { mood: 3, patience: -1 },
  // Per holdPatienceMs (30 s) on hold: waiting wears patience down even when check-ins are kept.
  hold_time: { mood: 0, patience: -1 },
  greeting: { mood: -2, patience: 0 },
  empathy: { mood: -10, patience: 0 },
  apology: { mood: -10, patience: 0 },
  restatement: { mood: -8, patience: 0 },
  fact_question: { mood: -4, patience: 0 },
  dated_promise: { mood: -12, patience: 0 },
  checkin_done: { mood: -3, patience: 0 },
  hold_permission: { mood: -2, patience: 0 },
  thanks: { mood: -3, patience: 0 },
  back_on_track: { mood: -2, patience: 0 },
  abuse_warned: { mood: 0, patience: 0 },
};

export function isCalming(key: EffectKey): boolean {
  return (CALMING_EFFECTS as readonly string[]).includes(key);
}
