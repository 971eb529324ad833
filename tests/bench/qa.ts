// npm run bench:qa [-- --calls 10000 --long-events 2000 --seeks 1000 --seed bench-qa]
//
// The QA core's two figures (issue 10):
//  (a) auto-scoring throughput: 10,000 generated calls (seeded, varied), each folded through
//      the core/call reducer, every automatic check run, the default scorecard prefilled and
//      scored, and its review flags raised: calls per second;
//  (b) opening a 2,000-event call at an arbitrary second: the replay index is built once
//      (reported apart), then 1,000 random seconds are opened, each = the reducer's state at
//      t (stateAt from the nearest checkpoint) + the panels' frame + every automatic answer
//      as it stood then; beside it the naive way (reduceCall over the prefix, then the checks)
//      and a cold open (index + first seek) for a call opened from the queue.
// Pure functions, no I/O: the figures are CPU time in this process. Ends with one JSON line.
import { parseArgs } from 'node:util';
import { reduceCall } from '../../core/call/reducer.js';
import { autoAnswersForState } from '../../core/qa/checks/registry.js';
import { callFlags } from '../../core/qa/flags/callFlags.js';
import { prefillAnswers } from '../../core/qa/prefill.js';
import { openReplay, replayAt } from '../../core/qa/replay/session.js';
import { seededRandom } from '../../core/qa/sample/prng.js';
import { scoreAnswers } from '../../core/qa/score/formula.js';
import { DEFAULT_SCORECARD } from '../../core/qa/scorecard/default.js';
import type { CallEvent } from '../../core/call/events.js';
import { generateCall, generateLongCall } from './qaCalls.js';
import { formatRow, percentiles } from './stats.js';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '10000' },
    'long-events': { type: 'string', default: '2000' },
    seeks: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'bench-qa' },
  },
});
const CALLS = Number(values.calls);
const LONG_EVENTS = Number(values['long-events']);
const SEEKS = Number(values.seeks);
const SEED = values.seed;
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);

/** Everything the queue and the form need of one call, from its log. */
function autoScore(events: readonly CallEvent[]) {
  const state = reduceCall(events);
  const auto = autoAnswersForState(state);
  const answers = prefillAnswers(DEFAULT_SCORECARD, auto);
  const score = scoreAnswers(DEFAULT_SCORECARD, Object.fromEntries(answers.map((a) => [a.criterionId, a.final])));
  return { state, score, flags: callFlags(state), unknown: answers.filter((a) => a.auto?.answer === 'unknown').length };
}

// (a) -------------------------------------------------------------------------------
const rng = seededRandom(SEED);
let genAt = T0;
const genStart = performance.now();
const calls = Array.from({ length: CALLS }, (_, i) => {
  genAt += Math.round(rng() * 600_000);
  return generateCall(rng, i, genAt);
});
const genMs = performance.now() - genStart;
const eventsTotal = calls.reduce((s, c) => s + c.length, 0);

for (const c of calls.slice(0, 500)) autoScore(c); // warm up the JIT
const scoreStart = performance.now();
let anomalies = 0;
let flagged = 0;
const byKind: Record<string, number> = {};
const scores: number[] = [];
for (const c of calls) {
  const r = autoScore(c);
  anomalies += r.state.anomalies.length;
  if (r.flags.length > 0) flagged += 1;
  for (const kind of new Set(r.flags.map((f) => f.kind))) byKind[kind] = (byKind[kind] ?? 0) + 1;
  if (r.score.score !== null) scores.push(r.score.score);
}
const scoreMs = performance.now() - scoreStart;
// The share of that spent in the core/call reducer itself (normalizing and folding the log).
const reduceStart = performance.now();
for (const c of calls) reduceCall(c);
const reduceMs = performance.now() - reduceStart;
const callsPerSecond = Math.round((CALLS / scoreMs) * 1000);
const prefilled = percentiles(scores);

// (b) -------------------------------------------------------------------------------
const longRng = seededRandom(`${SEED}:long`);
const long = generateLongCall(longRng, LONG_EVENTS, T0);
const longState = reduceCall(long);
const startAt = long[0]?.at ?? T0;
const endAt = long.at(-1)?.at ?? T0;
const seconds = Array.from({ length: SEEKS }, () => startAt + Math.floor(longRng() * ((endAt - startAt) / 1000 + 1)) * 1000);

const buildMs: number[] = [];
let replay = openReplay(long);
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  replay = openReplay(long);
  buildMs.push(performance.now() - s);
}
for (const t of seconds.slice(0, 100)) replayAt(replay, t); // warm up
const seekMs: number[] = [];
let checksum = 0;
for (const t of seconds) {
  const s = performance.now();
  const view = replayAt(replay, t);
  seekMs.push(performance.now() - s);
  checksum += view.frame.eventCount;
}
const naiveMs: number[] = [];
for (const t of seconds) {
  const s = performance.now();
  const state = reduceCall(long.filter((e) => e.at <= t));
  autoAnswersForState(state, { now: t });
  naiveMs.push(performance.now() - s);
}
const coldMs: number[] = [];
for (const t of seconds.slice(0, 100)) {
  const s = performance.now();
  replayAt(openReplay(long), t);
  coldMs.push(performance.now() - s);
}

const build = percentiles(buildMs);
const seek = percentiles(seekMs);
const naive = percentiles(naiveMs);
const cold = percentiles(coldMs);

console.log(`Generated ${CALLS} calls (${eventsTotal} events, seed "${SEED}") in ${genMs.toFixed(0)} ms; reducer anomalies: ${anomalies}`);
console.log(`(a) auto-scored ${CALLS} calls in ${scoreMs.toFixed(0)} ms: ${callsPerSecond} calls/s (${((scoreMs / CALLS) * 1000).toFixed(1)} µs a call, of which reduceCall ${((reduceMs / CALLS) * 1000).toFixed(1)} µs)`);
console.log(`    reduce + ${Object.keys(autoAnswersForState(reduceCall(calls[0] ?? []))).length} checks + prefill + score + flags; ${flagged} calls flagged (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
console.log(`    prefilled scores: p50 ${prefilled.p50.toFixed(1)}, p95 ${prefilled.p95.toFixed(1)} (auto answers only; the supervisor answers the rest)`);
console.log(`(b) a ${long.length}-event call over ${((endAt - startAt) / 60_000).toFixed(0)} min (${longState.anomalies.length} anomalies, ${longState.hold.holds.length} holds), opened at ${SEEKS} random seconds:`);
console.log(formatRow('    replay index build (once per call)', build));
console.log(formatRow('    open at t: stateAt + frame + auto answers', seek));
console.log(formatRow('    naive: reduceCall(prefix) + auto answers', naive));
console.log(formatRow('    cold: build index + open at t', cold));
console.log(`    (checksum ${checksum})`);
console.log(
  JSON.stringify({
    bench: 'qa',
    seed: SEED,
    calls: CALLS,
    events: eventsTotal,
    autoScore: { ms: Math.round(scoreMs), callsPerSecond, usPerCall: Math.round((scoreMs / CALLS) * 10000) / 10, reduceUsPerCall: Math.round((reduceMs / CALLS) * 10000) / 10, flagged, flagsByKind: byKind },
    longCall: { events: long.length, anomalies: longState.anomalies.length, seeks: SEEKS, checkpointEvery: replay.index.every, indexBuildMs: build, openAtMs: seek, naiveOpenAtMs: naive, coldOpenMs: cold },
  }),
);
