import { keywordStems } from '../language/keywords.js';
import { DEFAULT_LINES } from './defaultLines.js';
import { PERSONA_PROFILES } from './personas.js';
import { DEFAULT_EFFECTS, EFFECT_KEYS, type Effect, type EffectKey } from './schema/effects.js';
import { LINE_KEYS, MOOD_BANDS, type BandedLines, type LineKey } from './schema/lines.js';
import type { Ending, ScenarioDefinition, ScenarioFact } from './schema/scenario.js';

// A scenario made ready for the engine: personas combined, defaults filled in, key words
// stemmed once. Pure and cheap; done once per practice call (or once per scenario file).

export type CallerParams = {
  startMood: number;
  patience: number;
  escalateAt: number;
  calmAt: number;
  silenceMs: number;
  offTopicChance: number;
  refuseHoldAt: number;
  confirmations: number;
  /** Hold time that costs one point of patience. */
  holdPatienceMs: number;
};

export type CompiledFact = ScenarioFact & { askStems: string[][] };

export type CompiledScenario = {
  id: string;
  def: ScenarioDefinition;
  params: CallerParams;
  effects: Record<EffectKey, Effect>;
  lines: Record<LineKey, BandedLines>;
  /** The opening line, then the story, in the order the caller tells them. */
  parts: string[];
  facts: CompiledFact[];
  offerStems: string[];
  keywordStems: string[];
  endings: Ending[];
};

export const DEFAULT_PARAMS: CallerParams = {
  startMood: 40,
  patience: 35,
  escalateAt: 90,
  calmAt: 35,
  silenceMs: 10_000,
  offTopicChance: 0,
  refuseHoldAt: 101,
  confirmations: 1,
  holdPatienceMs: 30_000,
};

function combinePersonas(def: ScenarioDefinition): { params: CallerParams; scale: Record<EffectKey, number> } {
  const profiles = def.personas.map((p) => PERSONA_PROFILES[p]);
  const most = (f: (p: (typeof profiles)[number]) => number | undefined, fallback: number, pickMax: boolean) => {
    const values = profiles.map(f).filter((v): v is number => v !== undefined);
    if (values.length === 0) return fallback;
    return pickMax ? Math.max(...values) : Math.min(...values);
  };
  const c = def.caller;
  const params: CallerParams = {
    // The worst of each: the angriest start, the shortest fuse.
    startMood: c.startMood ?? most((p) => p.startMood, DEFAULT_PARAMS.startMood, true),
    patience: c.patience ?? most((p) => p.patience, DEFAULT_PARAMS.patience, false),
    escalateAt: c.escalateAt ?? most((p) => p.escalateAt, DEFAULT_PARAMS.escalateAt, false),
    calmAt: c.calmAt ?? most((p) => p.calmAt, DEFAULT_PARAMS.calmAt, false),
    silenceMs: (c.silenceSec ?? most((p) => p.silenceSec, DEFAULT_PARAMS.silenceMs / 1000, false)) * 1000,
    offTopicChance: c.offTopicChance ?? most((p) => p.offTopicChance, DEFAULT_PARAMS.offTopicChance, true),
    refuseHoldAt: c.refuseHoldAt ?? most((p) => p.refuseHoldAt, DEFAULT_PARAMS.refuseHoldAt, false),
    confirmations: def.resolution.confirmations ?? most((p) => p.confirmations, DEFAULT_PARAMS.confirmations, true),
    holdPatienceMs: DEFAULT_PARAMS.holdPatienceMs,
  };
  const scale = Object.fromEntries(EFFECT_KEYS.map((k) => [k, profiles.reduce((x, p) => x * (p.scale[k] ?? 1), 1)])) as Record<EffectKey, number>;
  return { params, scale };
}

function mergeLines(def: ScenarioDefinition): Record<LineKey, BandedLines> {
  return Object.fromEntries(
    LINE_KEYS.map((key) => {
      const own = def.lines[key];
      const merged: BandedLines = { ...DEFAULT_LINES[key] };
      for (const band of MOOD_BANDS) if (own?.[band]) merged[band] = own[band];
      return [key, merged];
    }),
  ) as Record<LineKey, BandedLines>;
}

export function compileScenario(def: ScenarioDefinition): CompiledScenario {
  const { params, scale } = combinePersonas(def);
  const effects = Object.fromEntries(
    EFFECT_KEYS.map((key) => {
      const base = DEFAULT_EFFECTS[key];
      const own = def.effects[key];
      return [key, { mood: own?.mood ?? Math.round(base.mood * scale[key]), patience: own?.patience ?? base.patience }];
    }),
  ) as Record<EffectKey, Effect>;
  return {
    id: def.id,
    def,
    params,
    effects,
    lines: mergeLines(def),
    parts: [def.opening, ...def.story],
    facts: def.facts.map((f) => ({ ...f, askStems: f.ask.map(keywordStems).filter((s) => s.length > 0) })),
    offerStems: def.resolution.offers.flatMap(keywordStems),
    keywordStems: def.problem.keywords.flatMap(keywordStems),
    endings: (['resolved_calm', 'escalation_demanded', 'hung_up'] as const).filter((e) => def.endings[e] !== undefined),
  };
}
