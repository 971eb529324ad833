import type { EffectKey } from './schema/effects.js';
import type { Persona } from './schema/persona.js';

// How each difficult caller type reacts, as adjustments to the default caller. A scenario's
// caller combines its personas (the worst of each: the highest starting mood, the shortest
// patience, effects multiplied), then its own `caller` settings and `effects` override that.

export type PersonaProfile = {
  startMood: number;
  patience: number;
  escalateAt?: number;
  calmAt?: number;
  silenceSec?: number;
  offTopicChance?: number;
  refuseHoldAt?: number;
  confirmations?: number;
  /** Multipliers on the mood change of an effect: 2 = this caller feels it twice as much. */
  scale: Partial<Record<EffectKey, number>>;
};

export const PERSONA_PROFILES: Record<Persona, PersonaProfile> = {
  // Already angry: bad moves cost more, and it takes real empathy to bring them down.
  angry: { startMood: 72, patience: 30, scale: { blame: 1.3, negative_wording: 1.3, interrupt: 1.3, jargon: 1.2 } },
  // Time is the grievance: silence and holds cost double; they do not mind being cut short.
  impatient: {
    startMood: 48,
    patience: 18,
    silenceSec: 6,
    refuseHoldAt: 70,
    scale: { silence: 2, hold_without_permission: 1.5, checkin_missed: 1.5, stalling: 2, interrupt: 0.5, fact_question: 1.2 },
  },
  // Threats and pressure; asks for a manager early. A calm, firm warning works on them.
  intimidating: {
    startMood: 62,
    patience: 28,
    escalateAt: 82,
    scale: { negative_wording: 1.5, blame: 1.5, empathy: 0.7, abuse_warned: 1, checkin_missed: 1.3 },
  },
  // Chats and drifts. Bringing them back politely is the skill; cutting them off is not.
  talkative_offtopic: { startMood: 22, patience: 45, offTopicChance: 0.35, silenceSec: 14, scale: { interrupt: 1.2, back_on_track: 1.5, negative_wording: 1.2 } },
  // Wants one specific outcome; anything else, or anything vague, makes it worse.
  demanding: { startMood: 55, patience: 28, calmAt: 32, scale: { wrong_offer: 2, undated_promise: 2, empathy: 0.8 } },
  // Needs help deciding: wavers at the first good offer and needs it confirmed.
  indecisive: { startMood: 30, patience: 40, confirmations: 2, scale: { stalling: 1.5, restatement: 1.3, negative_wording: 1.2 } },
  // Was promised a fix before: vague promises are the worst thing to say, and an apology matters.
  promised_fix_never_came: { startMood: 66, patience: 26, scale: { undated_promise: 3, apology: 1.3, dated_promise: 1.2, premature_fix: 1.5 } },
  // Is mistaken; must never be made to feel it. Contradiction is blame to them.
  simply_wrong: { startMood: 48, patience: 32, scale: { blame: 2, negative_wording: 1.5, restatement: 1.2, jargon: 1.5 } },
  // Mostly wants someone to talk to: rushing or parking them hurts; kindness goes far.
  lonely: {
    startMood: 15,
    patience: 60,
    offTopicChance: 0.45,
    silenceSec: 16,
    scale: { negative_wording: 1.5, hold_without_permission: 1.5, empathy: 1.5, checkin_missed: 1.5, thanks: 1.5, interrupt: 1.3 },
  },
};
