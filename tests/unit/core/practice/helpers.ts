import { compileScenario, shippedScenario, startPractice, stepPractice, type CallerLine, type CompiledScenario, type PracticeEmission, type PracticeInput, type PracticeState } from '../../../../core/practice/index.js';

// A tiny driver for engine tests: a call at a fixed start time, inputs two seconds apart.

export const T0 = 1_700_000_000_000;

export function compiled(id: string): CompiledScenario {
  const def = shippedScenario(id);
  if (!def) throw new Error(`no shipped scenario ${id}`);
  return compileScenario(def);
}

export type Call = {
  sc: CompiledScenario;
  state: PracticeState;
  lines: CallerLine[];
  emits: PracticeEmission[];
  say(text: string, afterMs?: number): CallerLine[];
  listen(times?: number): CallerLine[];
  event(type: Exclude<PracticeInput['type'], 'say' | 'commitment.made'>, afterMs?: number): CallerLine[];
  input(make: (at: number) => PracticeInput, afterMs?: number): CallerLine[];
};

export function call(id: string | CompiledScenario, seed = 1): Call {
  const sc = typeof id === 'string' ? compiled(id) : id;
  const c: Call = {
    sc,
    state: startPractice(sc, { seed, at: T0 }),
    lines: [],
    emits: [],
    input(make, afterMs = 2000) {
      const r = stepPractice(sc, c.state, make(c.state.now + afterMs));
      c.state = r.state;
      c.lines.push(...r.lines);
      c.emits.push(...r.emit);
      return r.lines;
    },
    say: (text, afterMs) => c.input((at) => ({ type: 'say', at, text }), afterMs),
    listen(times = 1) {
      const out: CallerLine[] = [];
      for (let i = 0; i < times; i++) out.push(...c.input((at) => ({ type: 'listen', at })));
      return out;
    },
    event: (type, afterMs) => c.input((at) => ({ type, at }) as PracticeInput, afterMs),
  };
  return c;
}

/** Greets and lets the caller tell the whole story. */
export function throughStory(c: Call): void {
  c.say(`Thank you for calling ${c.sc.def.company}, this is Sam. How can I help you today?`);
  while (c.state.phase === 'story') c.listen();
}
