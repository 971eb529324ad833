import type { Act } from '../language/acts.js';
import type { Rng } from './random.js';
import type { EffectKey } from './schema/effects.js';
import type { LineKey } from './schema/lines.js';
import type { Ending } from './schema/scenario.js';

// The state of one practice call: plain data (numbers, strings, arrays), so it can be saved,
// sent between processes and compared, and a session replays exactly from seed and inputs.

export type PracticePhase = 'greeting' | 'story' | 'dialogue' | 'ended';

export type AppliedEffect = { key: EffectKey; mood: number; patience: number; phrase: string | null };

export type TranscriptEntry = {
  at: number;
  speaker: 'trainee' | 'caller' | 'event';
  text: string;
  /** The trainee's speech acts (trainee entries only). */
  acts?: Act[];
  /** What the entry did to the caller. */
  effects: AppliedEffect[];
};

/** One point of the mood curve for the debrief: what moved the caller, and where to. */
export type MoodPoint = { at: number; mood: number; delta: number; patience: number; cause: EffectKey | 'start'; phrase: string | null };

/** Told: the caller said it in the story. Asked: the trainee asked and the caller answered. */
export type FactStatus = 'told' | 'asked';

export type HoldPermission = 'none' | 'granted' | 'refused';

export type PracticeHold = {
  on: boolean;
  startedAt: number | null;
  /** The caller agreed to this hold. */
  permitted: boolean;
  /** The answer to the last "may I place you on hold?" not yet used by a hold. */
  permission: HoldPermission;
  checkins: number;
  missedCheckins: number;
  /** Hold time up to here has been charged to patience. */
  chargedUntil: number | null;
  holds: number;
  withoutPermission: number;
};

export type CallerLineSource = LineKey | 'opening' | 'story' | 'fact' | 'ending';

export type PracticeState = {
  scenarioId: string;
  seed: number;
  rng: Rng;
  startedAt: number;
  now: number;
  phase: PracticePhase;
  /** 0 calm .. 100 irate, always within bounds. */
  mood: number;
  /** Turns left before the caller gives up; never rises. */
  patience: number;
  /** Parts of the story told: 1 once the opening line is out. */
  partsTold: number;
  found: Record<string, FactStatus>;
  offTopic: boolean;
  drifts: number;
  hold: PracticeHold;
  offers: { accepted: number; lastAt: number | null; ready: boolean };
  /** How often each effect has applied: calming effects wear off with repetition. */
  uses: Partial<Record<EffectKey, number>>;
  /** When the caller last stopped talking with the trainee's turn to speak (for long silences). */
  quietSince: number;
  interruptions: number;
  transcript: TranscriptEntry[];
  curve: MoodPoint[];
  ending: Ending | null;
  endedBy: 'caller' | 'trainee' | null;
};
