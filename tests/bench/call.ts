// npm run bench:call [-- --appends 4000 --holds 1000]
//
// The live call's two time-critical paths, on a real SQLite file (WAL, synchronous=FULL):
//  (a) appending one event through the backend host: call.record dispatched in-process
//      (validation, derivation, checks, one immediate transaction with its fsync), from the
//      action to durable; beside it the floor, a raw better-sqlite3 INSERT of the same kind
//      of row into call_events in its own immediate transaction, same connection, same pragmas;
//  (b) the hold timer under load: 1,000 calls on hold at once on real timers, each
//      check-in prompt's lateness (hold.prompt received minus its due time, on the call's
//      clock), while a rep keeps writing 100 events a second.
// Prints percentiles and ends with one JSON line of the figures. Stops by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { EventPayload } from '../../core/api/index.js';
import type { CallSnapshot } from '../../core/api/schemas/call.js';
import { CLOSING_ITEM_IDS } from '../../core/call/closing.js';
import { newId } from '../../core/model/ids.js';
import { createBackend, type Backend } from '../../backend/backend.js';
import type { RecordInput } from '../unit/backend/calls/callHarness.js';
import { formatRow, percentiles } from './stats.js';

const { values } = parseArgs({
  options: {
    appends: { type: 'string', default: '4000' },
    holds: { type: 'string', default: '1000' },
    /** Over how long the holds start; 0 puts every prompt due in the same millisecond (the worst case). */
    'spread-ms': { type: 'string', default: '5000' },
  },
});
const APPENDS = Number(values.appends);
const HOLDS = Number(values.holds);
const SPREAD_MS = Number(values['spread-ms']);
const EVENTS_PER_CALL = 40;

const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-bench-call-'));

function must<T>(backend: Backend, name: string, input: unknown): T {
  const result = backend.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function startCall(backend: Backend, customerId: string): string {
  return must<CallSnapshot>(backend, 'call.start', { customerId, caseId: null, phone: '(415) 555-2671' }).callId;
}

function endCall(backend: Backend, callId: string): void {
  const record = (event: RecordInput) => must(backend, 'call.record', { callId, event: { id: newId(), ...event } });
  record({ type: 'closing.override', missing: [...CLOSING_ITEM_IDS], reason: 'Benchmark call' });
  record({ type: 'call.ended' });
}

/** The events a rep records during a call, in a cycle that always fits the call. */
function liveEvent(i: number): RecordInput {
  const events: RecordInput[] = [
    { type: 'note.added', body: `Caller explains the refund for order #${4400 + i} has not arrived after 12 days.` },
    { type: 'step.checked', stepId: 'listen' },
    { type: 'mood.set', phase: 'start', mood: i % 2 === 0 ? 'upset' : 'angry' },
    { type: 'step.unchecked', stepId: 'listen' },
    { type: 'closing.ticked', item: 'anything_else' },
    { type: 'closing.unticked', item: 'anything_else' },
  ];
  return events[i % events.length] as RecordInput;
}

// (a) Appends ---------------------------------------------------------------------------
function measureAppends() {
  const backend = createBackend({ dbPath: path.join(dir, 'appends.sqlite'), repName: 'Bench Rep' });
  const db = backend.context.db;
  const customerId = must<{ customer: { id: string } }>(backend, 'customers.create', { name: 'Maria Gonzalez', phones: ['(415) 555-2671'] }).customer.id;
  const pragmas = { journal_mode: db.pragma('journal_mode', { simple: true }), synchronous: db.pragma('synchronous', { simple: true }) };

  const run = (count: number, sink: number[] | null) => {
    let callId = startCall(backend, customerId);
    for (let i = 0; i < count; i++) {
      if (i > 0 && i % EVENTS_PER_CALL === 0) {
        endCall(backend, callId);
        callId = startCall(backend, customerId);
      }
      const input = { callId, event: { id: newId(), ...liveEvent(i) } };
      const t0 = performance.now();
      const result = backend.dispatch('call.record', input);
      const took = performance.now() - t0;
      if (!result.ok) throw new Error(`call.record failed: ${result.error.message}`);
      sink?.push(took);
    }
    endCall(backend, callId);
  };
  run(400, null); // warm up: prepared statements, page cache, JIT
  const viaBackend: number[] = [];
  run(APPENDS, viaBackend);

  // The floor: the same kind of row, written raw, one immediate transaction each.
  const rawCall = startCall(backend, customerId);
  const insert = db.prepare('INSERT INTO call_events (call_id, at, id, type, payload) VALUES (?, ?, ?, ?, ?)');
  let at = Date.now();
  const raw: number[] = [];
  for (let i = 0; i < APPENDS + 400; i++) {
    const payload = JSON.stringify({ noteId: newId(), body: `Caller explains the refund for order #${4400 + i} has not arrived after 12 days.` });
    const t0 = performance.now();
    db.transaction(() => insert.run(rawCall, ++at, newId(), 'note.added', payload)).immediate();
    const took = performance.now() - t0;
    if (i >= 400) raw.push(took);
  }
  backend.close();
  return { viaBackend: percentiles(viaBackend), raw: percentiles(raw), pragmas };
}

// (b) Prompt lateness -----------------------------------------------------------------
async function measurePrompts() {
  const backend = createBackend({ dbPath: path.join(dir, 'holds.sqlite'), repName: 'Bench Rep' });
  const ctx = backend.context;
  must(backend, 'settings.update', { firstCheckinSec: 15 }); // the shortest policy, so the run is short
  const customerId = must<{ customer: { id: string } }>(backend, 'customers.create', { name: 'Maria Gonzalez', phones: ['(415) 555-2671'] }).customer.id;
  const calls = Array.from({ length: HOLDS }, () => startCall(backend, customerId));

  const lateness: Record<EventPayload<'hold.prompt'>['kind'], number[]> = { checkin_due: [], checkin_late: [], offer_callback: [] };
  const expected = HOLDS * 2; // each hold's check-in due, then late
  let received = 0;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  backend.onEvent((name, payload) => {
    if (name !== 'hold.prompt') return;
    const p = payload as EventPayload<'hold.prompt'>;
    lateness[p.kind].push(ctx.callClocks.now(p.callId, null) - p.dueAt);
    if (++received >= expected) done();
  });

  // Holds start spread over a few seconds, as calls on a floor do, so the prompts are spread
  // too; with --spread-ms 0 they all start in one go and fall due together.
  const hold = (callId: string): void => void must(backend, 'call.record', { callId, event: { id: newId(), type: 'hold.started' } });
  if (SPREAD_MS === 0) calls.forEach(hold);
  else await Promise.all(calls.map((callId, i) => new Promise<void>((resolve) => setTimeout(() => resolve(hold(callId)), (i * SPREAD_MS) / HOLDS))));
  // Meanwhile a rep on other calls keeps writing: 100 events a second, a new call every 40.
  let n = 0;
  let busyCall = startCall(backend, customerId);
  const busy = setInterval(() => {
    if (n > 0 && n % EVENTS_PER_CALL === 0) {
      endCall(backend, busyCall);
      busyCall = startCall(backend, customerId);
    }
    must(backend, 'call.record', { callId: busyCall, event: { id: newId(), ...liveEvent(n++) } });
  }, 10);
  const guard = setTimeout(() => done(), 15_000 + 15_000 + SPREAD_MS + 20_000);
  await finished;
  clearInterval(busy);
  clearTimeout(guard);
  backend.close();
  return {
    received,
    expected,
    checkinDue: percentiles(lateness.checkin_due),
    checkinLate: percentiles(lateness.checkin_late),
    all: percentiles([...lateness.checkin_due, ...lateness.checkin_late]),
    busyWrites: n,
  };
}

try {
  console.log(`Appending ${APPENDS} events through the backend and ${APPENDS} raw...`);
  const appends = measureAppends();
  console.log(`Store: journal_mode=${String(appends.pragmas.journal_mode)}, synchronous=${String(appends.pragmas.synchronous)} (2 = FULL)`);
  console.log(formatRow('(a) call.record via the backend host', appends.viaBackend));
  console.log(formatRow('(a) raw INSERT into call_events (floor)', appends.raw));
  console.log(`\n${HOLDS} calls on hold on real timers, started over ${SPREAD_MS} ms (first check-in at 15 s, late at 30 s); about 40 s...`);
  const prompts = await measurePrompts();
  console.log(formatRow('(b) check-in due: prompt lateness', prompts.checkinDue));
  console.log(formatRow('(b) check-in late: prompt lateness', prompts.checkinLate));
  console.log(formatRow('(b) all check-in prompts: lateness', prompts.all));
  console.log(`Prompts received: ${prompts.received} of ${prompts.expected}; rep writes meanwhile: ${prompts.busyWrites}`);
  const appendMet = appends.viaBackend.p95 <= 1;
  const promptMet = prompts.all.p99 <= 100 && prompts.received === prompts.expected;
  console.log(`Targets: append p95 <= 1 ms: ${appendMet ? 'met' : 'MISSED'}; prompt lateness p99 <= 100 ms: ${promptMet ? 'met' : 'MISSED'}`);
  console.log(
    JSON.stringify({
      bench: 'call',
      pragmas: appends.pragmas,
      appendMs: appends.viaBackend,
      rawInsertMs: appends.raw,
      holds: HOLDS,
      holdStartSpreadMs: SPREAD_MS,
      promptsReceived: prompts.received,
      promptLatenessMs: { checkinDue: prompts.checkinDue, checkinLate: prompts.checkinLate, all: prompts.all },
      targets: { appendP95Ms: 1, promptLatenessP99Ms: 100, met: appendMet && promptMet },
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
