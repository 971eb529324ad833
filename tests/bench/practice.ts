// npm run bench:practice [-- --sessions 400 --passes 20]
//
// Practice mode's figures (issue 11):
//  (a) the simulated caller: one engine step (classifying what the trainee said, moving the
//      caller, choosing the reply), timed over seeded random sessions on every shipped
//      scenario, mixing trainee moves with real rep utterances from the labelled set;
//  (b) the classifier: utterances per second over the labelled set, and hints per second;
//  (c) per-act precision and recall, on the labelled set (what the rules were written
//      against) and on the held-out set (never tuned on: the honest figure);
//  (d) the reachability check an admin import would run: ms per scenario for all endings.
// Prints tables and ends with one JSON line of the figures. Pure CPU; stops by itself.
import { parseArgs } from 'node:util';
import { ACTS, classify, evaluate, hints, type Act } from '../../core/language/index.js';
import {
  checkEndings,
  compileScenario,
  nextRandom,
  seedRng,
  SHIPPED_SCENARIOS,
  startPractice,
  stepPractice,
  trainingMoves,
  type PracticeInput,
  type Rng,
} from '../../core/practice/index.js';
import { HELD_OUT } from '../unit/core/language/heldout.js';
import { LABELLED } from '../unit/core/language/labelled.js';
import { formatRow, percentiles } from './stats.js';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '400' },
    passes: { type: 'string', default: '20' },
  },
});
const SESSIONS = Number(values.sessions);
const PASSES = Number(values.passes);
const T0 = 1_700_000_000_000;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

// (a) Engine steps -----------------------------------------------------------------------
function measureSteps() {
  const compiled = SHIPPED_SCENARIOS.map(compileScenario);
  let rng: Rng = seedRng(2024);
  const rand = () => {
    const [r, next] = nextRandom(rng);
    rng = next;
    return r;
  };
  const run = (sessions: number, sink: number[] | null) => {
    let steps = 0;
    for (let i = 0; i < sessions; i++) {
      const sc = compiled[i % compiled.length]!;
      const moves = trainingMoves(sc);
      let state = startPractice(sc, { seed: i, at: T0 });
      for (let n = 0; n < 60 && state.phase !== 'ended'; n++) {
        const at = state.now + 1000 + Math.floor(rand() * 8000);
        const input: PracticeInput = rand() < 0.5 ? { type: 'say', at, text: LABELLED[Math.floor(rand() * LABELLED.length)]!.text } : moves[Math.floor(rand() * moves.length)]!.input(at);
        const t0 = performance.now();
        state = stepPractice(sc, state, input).state;
        const took = performance.now() - t0;
        sink?.push(took);
        steps++;
      }
    }
    return steps;
  };
  run(100, null); // warm up: regexes compiled, JIT
  const samples: number[] = [];
  run(SESSIONS, samples);
  return percentiles(samples);
}

// (b) Classifier throughput --------------------------------------------------------------
function measureThroughput(fn: (text: string) => unknown) {
  for (const u of LABELLED) fn(u.text); // warm up
  const t0 = performance.now();
  for (let p = 0; p < PASSES; p++) for (const u of LABELLED) fn(u.text);
  const seconds = (performance.now() - t0) / 1000;
  return Math.round((PASSES * LABELLED.length) / seconds);
}

// (c) Precision and recall ---------------------------------------------------------------
function scores(set: typeof LABELLED) {
  const r = evaluate(set, (t) => classify(t).acts);
  const perAct = Object.fromEntries(ACTS.map((a) => [a, { precision: round(r.perAct[a].precision), recall: round(r.perAct[a].recall), support: r.perAct[a].support }])) as Record<
    Act,
    { precision: number; recall: number; support: number }
  >;
  const sum = (k: 'tp' | 'fp' | 'fn') => ACTS.reduce((s, a) => s + r.perAct[a][k], 0);
  const tp = sum('tp');
  return { n: set.length, exactMatch: round(r.exactMatch), microPrecision: round(tp / (tp + sum('fp'))), microRecall: round(tp / (tp + sum('fn'))), perAct };
}

// (d) Reachability check -------------------------------------------------------------------
function measureReachability() {
  const times: number[] = [];
  let allFound = true;
  for (const def of SHIPPED_SCENARIOS) {
    const sc = compileScenario(def);
    const t0 = performance.now();
    const results = checkEndings(sc, { seed: 1, at: T0 });
    times.push(performance.now() - t0);
    allFound &&= results.every((r) => r.found);
  }
  return { perScenarioMs: percentiles(times), allFound };
}

console.log(`Engine: ${SESSIONS} seeded sessions over ${SHIPPED_SCENARIOS.length} scenarios...`);
const step = measureSteps();
console.log(formatRow('(a) engine step (classify + react + reply)', step));
const classifyPerSec = measureThroughput(classify);
const hintsPerSec = measureThroughput(hints);
console.log(`(b) classify: ${classifyPerSec.toLocaleString('en')} utterances/s; hints: ${hintsPerSec.toLocaleString('en')} utterances/s (${PASSES} passes over ${LABELLED.length})`);
const main = scores(LABELLED);
const heldOut = scores(HELD_OUT);
console.log('\n(c) per act                  labelled (P / R / n)        held-out (P / R / n)');
for (const a of ACTS) {
  const m = main.perAct[a];
  const h = heldOut.perAct[a];
  console.log(`    ${a.padEnd(22)} ${m.precision.toFixed(2)} / ${m.recall.toFixed(2)} / ${String(m.support).padStart(3)}        ${h.precision.toFixed(2)} / ${h.recall.toFixed(2)} / ${String(h.support).padStart(3)}`);
}
console.log(`    exact match               ${main.exactMatch.toFixed(2)} (n=${main.n})                  ${heldOut.exactMatch.toFixed(2)} (n=${heldOut.n})`);
const reach = measureReachability();
console.log(`\n${formatRow('(d) every ending reachable, per scenario', reach.perScenarioMs)}  all found: ${reach.allFound}`);
console.log(
  JSON.stringify({
    bench: 'practice',
    scenarios: SHIPPED_SCENARIOS.length,
    engineStepMs: step,
    classifyUtterancesPerSec: classifyPerSec,
    hintsUtterancesPerSec: hintsPerSec,
    labelled: main,
    heldOut,
    reachability: { perScenarioMs: reach.perScenarioMs, allFound: reach.allFound },
  }),
);
