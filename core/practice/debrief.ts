import type { Act } from '../language/acts.js';
import { hints, type Hint } from '../language/hints.js';
import type { CompiledScenario } from './compile.js';
import type { Ending } from './schema/scenario.js';
import type { FactStatus, MoodPoint, PracticeState } from './state.js';

// What the trainee sees when the practice call is over (issue 11, "Debrief and scoring"): how it
// ended, the mood curve with the moments that moved it, the facts found and missed, the
// language hints on what they said, and the good practice they skipped. The production
// scorecard's answers come from core/qa on the call's event log, beside this.

export type PracticeHabit = 'greeted' | 'listened' | 'empathised' | 'apologised' | 'restated' | 'dated_promise' | 'asked_permission' | 'thanked';

export const HABIT_LABELS: Record<PracticeHabit, string> = {
  greeted: 'Opened with a greeting',
  listened: 'Let the caller finish the story',
  empathised: 'Showed empathy',
  apologised: 'Apologised sincerely',
  restated: 'Restated the problem',
  dated_promise: 'Made a promise with a time',
  asked_permission: 'Asked before every hold',
  thanked: 'Thanked the caller',
};

export type Debrief = {
  scenarioId: string;
  title: string;
  ending: Ending | null;
  endedBy: PracticeState['endedBy'];
  durationMs: number;
  mood: { start: number; end: number; lowest: number; highest: number };
  curve: MoodPoint[];
  /** The three moments that moved the caller most, in the order they happened. */
  turningPoints: MoodPoint[];
  facts: { found: { id: string; label: string; how: FactStatus }[]; missed: { id: string; label: string }[] };
  hints: { at: number; utterance: string; hints: Hint[] }[];
  holds: { count: number; withoutPermission: number; checkins: number; missedCheckins: number };
  interruptions: number;
  habits: { done: PracticeHabit[]; missed: PracticeHabit[] };
  /** The fix that works, from the scenario, to compare with what the trainee did. */
  resolution: string;
};

export function debrief(sc: CompiledScenario, s: PracticeState): Debrief {
  const moods = s.curve.map((p) => p.mood);
  const moved = s.curve.filter((p) => p.cause !== 'start' && p.delta !== 0);
  const turningPoints = [...moved]
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.at - b.at)
    .slice(0, 3)
    .sort((a, b) => a.at - b.at);
  const trainee = s.transcript.filter((e) => e.speaker === 'trainee');
  const said = (act: Act) => trainee.some((e) => e.acts?.includes(act));
  const effect = (key: string) => trainee.some((e) => e.effects.some((x) => x.key === key));
  const habits: Record<PracticeHabit, boolean> = {
    greeted: effect('greeting'),
    listened: s.interruptions === 0 && s.partsTold >= sc.parts.length,
    empathised: said('empathy'),
    apologised: effect('apology'),
    restated: effect('restatement'),
    dated_promise: effect('dated_promise'),
    asked_permission: s.hold.withoutPermission === 0,
    thanked: said('thanks'),
  };
  const all = Object.keys(habits) as PracticeHabit[];
  return {
    scenarioId: sc.id,
    title: sc.def.title,
    ending: s.ending,
    endedBy: s.endedBy,
    durationMs: s.now - s.startedAt,
    mood: { start: moods[0] ?? s.mood, end: s.mood, lowest: Math.min(...moods, s.mood), highest: Math.max(...moods, s.mood) },
    curve: s.curve,
    turningPoints,
    facts: {
      found: sc.facts.filter((f) => s.found[f.id] !== undefined).map((f) => ({ id: f.id, label: f.label, how: s.found[f.id] as FactStatus })),
      missed: sc.facts.filter((f) => f.required && s.found[f.id] === undefined).map((f) => ({ id: f.id, label: f.label })),
    },
    hints: trainee.map((e) => ({ at: e.at, utterance: e.text, hints: hints(e.text) })).filter((h) => h.hints.length > 0),
    holds: { count: s.hold.holds, withoutPermission: s.hold.withoutPermission, checkins: s.hold.checkins, missedCheckins: s.hold.missedCheckins },
    interruptions: s.interruptions,
    habits: { done: all.filter((h) => habits[h]), missed: all.filter((h) => !habits[h]) },
    resolution: sc.def.resolution.summary,
  };
}
