import type { CompiledScenario } from './compile.js';
import { pick } from './random.js';
import type { EffectKey } from './schema/effects.js';
import { isCalming } from './schema/effects.js';
import { MOOD_BANDS, moodBand, type Line, type LineKey, type MoodBand } from './schema/lines.js';
import type { AppliedEffect, CallerLineSource, PracticeState } from './state.js';

// The working copy of the state during one engine step. step() copies the state once, the
// handlers change the copy, and the caller never sees a half-done step: the engine stays a
// pure function of (state, input).

export type CallerLine = { at: number; text: string; source: CallerLineSource };

export type PracticeEmission =
  | { type: 'hold.permission_answered'; granted: boolean }
  /** The call is over on the caller's side: an ending was reached. */
  | { type: 'caller.ended'; ending: NonNullable<PracticeState['ending']> };

/** The caller's reply to a dialogue turn, said after the ending check (an ending has the last word). */
export type PendingReply = {
  feeling: LineKey | null;
  substance: LineKey | 'fact' | null;
  factAnswer: string | null;
  thanked: boolean;
  /** The caller already answered (a hold question): no "so what now?" after it. */
  answered?: boolean;
};

export type Draft = {
  s: PracticeState;
  sc: CompiledScenario;
  lines: CallerLine[];
  emit: PracticeEmission[];
  /** Effects applied by this input, for the transcript entry. */
  applied: AppliedEffect[];
  pending: PendingReply | null;
};

export function draftOf(sc: CompiledScenario, state: PracticeState): Draft {
  const s: PracticeState = {
    ...state,
    found: { ...state.found },
    hold: { ...state.hold },
    offers: { ...state.offers },
    uses: { ...state.uses },
    transcript: [...state.transcript],
    curve: [...state.curve],
  };
  return { s, sc, lines: [], emit: [], applied: [], pending: null };
}

export const clampMood = (m: number) => Math.max(0, Math.min(100, m));

/**
 * Applies one effect. A calming effect wears off when repeated (full, then half, a quarter...,
 * rounded toward zero): the fourth "I understand how you feel" calms nobody. Worsening
 * effects do not wear off. Patience is only ever spent.
 */
export type EffectOptions = {
  /** Several at once (three long silences charged together). */
  times?: number;
  /** A lighter touch: "oh no, I'm sorry" while the caller is still telling the story is half an apology. */
  scale?: number;
  /** Whether it counts toward wearing off; the half-apology mid-story does not spoil the real one. */
  counts?: boolean;
};

export function applyEffect(d: Draft, key: EffectKey, phrase: string | null = null, { times = 1, scale = 1, counts = true }: EffectOptions = {}): AppliedEffect {
  const base = d.sc.effects[key];
  const n = (d.s.uses[key] ?? 0) + 1;
  if (counts) d.s.uses[key] = n + times - 1;
  const factor = (isCalming(key) ? 1 / 2 ** (n - 1) : 1) * scale;
  const wanted = Math.trunc(base.mood * factor) * times;
  const before = d.s.mood;
  d.s.mood = clampMood(before + wanted);
  const spent = Math.min(0, base.patience) * times;
  d.s.patience = Math.max(0, d.s.patience + spent);
  const applied: AppliedEffect = { key, mood: d.s.mood - before, patience: spent, phrase };
  d.applied.push(applied);
  if (applied.mood !== 0 || applied.patience !== 0) {
    d.s.curve.push({ at: d.s.now, mood: d.s.mood, delta: applied.mood, patience: d.s.patience, cause: key, phrase });
  }
  return applied;
}

/** Every trainee turn costs a point of patience; two once the caller is irate. */
export function spendTurn(d: Draft): void {
  d.s.patience = Math.max(0, d.s.patience - (d.s.mood >= 80 ? 2 : 1));
}

export function factKnown(d: Draft, id: string): boolean {
  return d.s.found[id] !== undefined;
}

function lineAllowed(d: Draft, line: Line): boolean {
  if (typeof line === 'string') return true;
  if (line.ifFound && !line.ifFound.every((id) => factKnown(d, id))) return false;
  if (line.unlessFound && line.unlessFound.some((id) => factKnown(d, id))) return false;
  return true;
}

const lineText = (line: Line) => (typeof line === 'string' ? line : line.text);

/** Bands nearest the caller's mood first: an angry caller with no angry line uses the irate or upset one. */
function bandsByDistance(band: MoodBand): MoodBand[] {
  const i = MOOD_BANDS.indexOf(band);
  return [...MOOD_BANDS].sort((a, b) => Math.abs(MOOD_BANDS.indexOf(a) - i) - Math.abs(MOOD_BANDS.indexOf(b) - i) || MOOD_BANDS.indexOf(b) - MOOD_BANDS.indexOf(a));
}

/** The caller's line for a situation, by mood and by what the trainee has found out; chosen with the seeded generator. */
export function chooseLine(d: Draft, key: LineKey): string {
  const banded = d.sc.lines[key];
  for (const band of bandsByDistance(moodBand(d.s.mood))) {
    const allowed = (banded[band] ?? []).filter((l) => lineAllowed(d, l));
    if (allowed.length === 0) continue;
    const [line, rng] = pick(d.s.rng, allowed);
    d.s.rng = rng;
    return lineText(line);
  }
  return '...'; // unreachable for a parsed scenario: every key has default lines without conditions
}

/** Roughly 150 words a minute: the caller is talking, not silent, while their line lasts. */
export function speakingMs(text: string): number {
  return Math.round((text.split(/\s+/).length / 2.5) * 1000);
}

export function callerSays(d: Draft, text: string, source: CallerLineSource): void {
  d.lines.push({ at: d.s.now, text, source });
  d.s.transcript.push({ at: d.s.now, speaker: 'caller', text, effects: [] });
  d.s.quietSince = Math.max(d.s.quietSince, d.s.now + speakingMs(text));
}

export function say(d: Draft, key: LineKey): void {
  callerSays(d, chooseLine(d, key), key);
}

export function requiredFactsKnown(d: Draft): boolean {
  return d.sc.facts.every((f) => !f.required || factKnown(d, f.id));
}
