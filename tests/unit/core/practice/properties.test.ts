import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileScenario,
  parseScenario,
  runPractice,
  SHIPPED_SCENARIO_FILES,
  SHIPPED_SCENARIOS,
  startPractice,
  stepPractice,
  trainingMoves,
  type CompiledScenario,
  type PracticeInput,
  type PracticeState,
} from '../../../../core/practice/index.js';
import { LABELLED } from '../language/labelled.js';

// Properties of the simulated caller over random sessions: any scenario, any seed, any
// sequence of trainee moves and real rep utterances, with any gaps between them.

const COMPILED: CompiledScenario[] = SHIPPED_SCENARIOS.map(compileScenario);
const T0 = 1_700_000_000_000;

type Step = { kind: 'move'; index: number; gapMs: number } | { kind: 'say'; index: number; gapMs: number };

const stepArb = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), index: fc.nat(40), gapMs: fc.integer({ min: 0, max: 70_000 }) }),
  fc.record({ kind: fc.constant('say' as const), index: fc.nat(LABELLED.length - 1), gapMs: fc.integer({ min: 500, max: 20_000 }) }),
);
const sessionArb = fc.record({ scenario: fc.nat(COMPILED.length - 1), seed: fc.integer(), steps: fc.array(stepArb, { maxLength: 45 }) });

function inputsFor(sc: CompiledScenario, steps: readonly Step[]): PracticeInput[] {
  const moves = trainingMoves(sc);
  let at = T0;
  return steps.map((s) => {
    at += s.gapMs;
    if (s.kind === 'say') return { type: 'say', at, text: LABELLED[s.index]!.text };
    return moves[s.index % moves.length]!.input(at);
  });
}

/** Every state of a session, the start included. */
function states(sc: CompiledScenario, seed: number, inputs: readonly PracticeInput[]): PracticeState[] {
  const out = [startPractice(sc, { seed, at: T0 })];
  for (const input of inputs) out.push(stepPractice(sc, out.at(-1)!, input).state);
  return out;
}

const RUNS = { numRuns: 150 };

describe('the simulated caller', () => {
  it('is deterministic from its seed: the same seed and inputs give the same call, line for line', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, steps }) => {
        const sc = COMPILED[scenario]!;
        const inputs = inputsFor(sc, steps);
        const a = runPractice(sc, { seed, at: T0 }, inputs);
        const b = runPractice(sc, { seed, at: T0 }, inputs);
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('keeps mood within 0..100, never gives patience back, and its curve ends at its mood', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, steps }) => {
        const sc = COMPILED[scenario]!;
        const all = states(sc, seed, inputsFor(sc, steps));
        all.forEach((s, i) => {
          expect(s.mood).toBeGreaterThanOrEqual(0);
          expect(s.mood).toBeLessThanOrEqual(100);
          expect(s.patience).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(s.patience).toBeLessThanOrEqual(all[i - 1]!.patience);
          for (const p of s.curve) expect(p.mood >= 0 && p.mood <= 100).toBe(true);
          expect(s.curve.at(-1)!.mood).toBe(s.mood);
        });
      }),
      RUNS,
    );
  });

  it('cannot deadlock: from any state, letting the caller talk ends the call within its patience', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, steps }) => {
        const sc = COMPILED[scenario]!;
        let s = states(sc, seed, inputsFor(sc, steps)).at(-1)!;
        const budget = s.patience + 1;
        for (let i = 0; i < budget && s.phase !== 'ended'; i++) s = stepPractice(sc, s, { type: 'listen', at: s.now + 2000 }).state;
        expect(s.phase).toBe('ended');
        expect(s.ending === null ? s.endedBy : s.ending).not.toBeNull();
      }),
      RUNS,
    );
  });

  it('ends any session within as many turns as the caller has patience', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, steps }) => {
        const sc = COMPILED[scenario]!;
        const inputs = inputsFor(sc, steps);
        const all = states(sc, seed, inputs);
        const turns = inputs.filter((x, i) => (x.type === 'say' || x.type === 'listen') && all[i]!.phase !== 'ended').length;
        expect(turns).toBeLessThanOrEqual(sc.params.patience);
      }),
      RUNS,
    );
  });

  it('changes nothing once the call is over', () => {
    fc.assert(
      fc.property(sessionArb, fc.array(stepArb, { maxLength: 10 }), ({ scenario, seed, steps }, more) => {
        const sc = COMPILED[scenario]!;
        let s = states(sc, seed, inputsFor(sc, steps)).at(-1)!;
        s = stepPractice(sc, s, { type: 'call.ended', at: s.now + 1000 }).state;
        for (const input of inputsFor(sc, more)) {
          const r = stepPractice(sc, s, { ...input, at: s.now + input.at - T0 });
          expect(r.state).toBe(s);
          expect(r.lines).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('a scenario file with an error', () => {
  const REQUIRED = ['id', 'title', 'premise', 'personas', 'company', 'customer', 'opening', 'problem', 'facts', 'resolution', 'endings'] as const;
  it('is refused, naming the file and the field', () => {
    fc.assert(
      fc.property(fc.nat(SHIPPED_SCENARIO_FILES.length - 1), fc.constantFrom(...REQUIRED), fc.stringMatching(/^[a-z]{1,12}\.json$/), (i, field, file) => {
        const json = structuredClone(SHIPPED_SCENARIO_FILES[i]![1]) as Record<string, unknown>;
        delete json[field];
        const r = parseScenario(json, file);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors).toContain(`${file}: ${field}: Required`);
      }),
      { numRuns: 80 },
    );
  });

  it('is refused whatever nested field is given the wrong type', () => {
    const PATHS: readonly (readonly (string | number)[])[] = [
      ['facts', 0, 'answer'],
      ['facts', 0, 'ask'],
      ['customer', 'name'],
      ['customer', 'calls', 0, 'moodStart'],
      ['resolution', 'needsDate'],
      ['problem', 'keywords'],
      ['endings', 'hung_up'],
    ];
    fc.assert(
      fc.property(fc.nat(SHIPPED_SCENARIO_FILES.length - 1), fc.constantFrom(...PATHS), fc.constantFrom(42, null, { x: 1 }), (i, path, value) => {
        const json = structuredClone(SHIPPED_SCENARIO_FILES[i]![1]) as Record<string, unknown>;
        let at: Record<string | number, unknown> = json;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path.at(-1)!] = value;
        const r = parseScenario(json, 'x.json');
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.some((e) => e.startsWith(`x.json: ${path.join('.')}: `)), r.errors.join('\n')).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
