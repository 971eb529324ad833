import type { CallEvent } from '../../core/call/events.js';
import type { Handover } from '../../core/call/handoverSchema.js';
import { CLOSING_ITEM_IDS, type ClosingItemId } from '../../core/call/closing.js';

// Generated call logs for bench:qa, from a seeded PRNG so every run scores the same calls:
// varied scripts, moods, holds (with and without permission, check-ins on time, late and
// missed), closings ticked or overridden, promises, abusive callers, escalations, transfers.

export type Rng = () => number;

const HANDOVER: Handover = {
  text: 'Maria Gonzalez, order 5512 arrived broken; replacement promised by Friday.',
  who: 'Maria Gonzalez',
  caseNumber: 'HRD-7K4Q-M2X9',
  problem: 'Order arrived broken',
  tried: ['Replacement offered'],
  stepsDone: ['Hear', 'Empathize'],
  mood: { start: 'angry', end: null, abuseWarnings: 0 },
  promises: [],
};

const SCRIPTS = ['heard', 'last', 'irate'] as const;
const STEPS: Record<(typeof SCRIPTS)[number], string[]> = {
  heard: ['listen', 'empathize', 'apologize', 'resolve'],
  last: ['listen', 'apologize', 'resolve', 'thank'],
  irate: ['self_control', 'listen', 'empathize', 'restate', 'no_blame', 'resolve'],
};
const MOODS = ['calm', 'upset', 'angry', 'abusive'] as const;

/** A v7-shaped id from a counter: unique per generator, valid for the schemas. */
function idFactory(prefix: number): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-7000-8${prefix.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
  };
}

type Writer = { events: CallEvent[]; add: (at: number, e: Record<string, unknown> & { type: CallEvent['type'] }) => void; newId: () => string };

function writer(callId: string, prefix: number): Writer {
  const newId = idFactory(prefix);
  const events: CallEvent[] = [];
  return { events, newId, add: (at, e) => events.push({ id: newId(), callId, at, ...e } as CallEvent) };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** A caller's mood at the start, as a floor sees them: mostly calm or upset, a few abusive. */
function startMood(rng: Rng): (typeof MOODS)[number] {
  const r = rng();
  return r < 0.4 ? 'calm' : r < 0.7 ? 'upset' : r < 0.94 ? 'angry' : 'abusive';
}
const chance = (rng: Rng, p: number) => rng() < p;

/** One call of 20 to 60 events. `n` makes the ids and the call id unique across a run. */
export function generateCall(rng: Rng, n: number, t0: number): CallEvent[] {
  const callId = `00000000-0000-7000-9000-${n.toString(16).padStart(12, '0')}`;
  const w = writer(callId, n % 4096);
  let t = t0;
  const tick = (minS: number, maxS: number) => (t += Math.round((minS + rng() * (maxS - minS)) * 1000));
  const script = pick(rng, SCRIPTS);
  const mood = startMood(rng);
  w.add(t, { type: 'call.started', customerId: `00000000-0000-7000-a000-${(n % 5000).toString(16).padStart(12, '0')}`, caseId: chance(rng, 0.8) ? `00000000-0000-7000-b000-${(n % 7000).toString(16).padStart(12, '0')}` : null, phone: '+14155552671', direction: 'inbound', repName: `Rep ${n % 40}`, scriptId: script });
  w.add(tick(1, 5), { type: 'mood.set', phase: 'start', mood });
  for (let i = 0, notes = Math.floor(rng() * 4); i < notes; i++) w.add(tick(5, 40), { type: 'note.added', noteId: w.newId(), body: `Caller explains the problem with order #${4400 + i}.` });
  if (mood === 'abusive' || chance(rng, 0.03)) {
    if (chance(rng, 0.7)) w.add(tick(5, 20), { type: 'abuse.warned' });
    if (chance(rng, 0.6)) w.add(tick(5, 20), { type: 'supervisor.offered' });
  }
  // Script steps, mostly in order, sometimes one skipped or ticked late.
  const steps = STEPS[script].filter(() => chance(rng, 0.85));
  if (chance(rng, 0.1)) steps.reverse();
  for (const stepId of steps) w.add(tick(5, 30), { type: 'step.checked', stepId });
  // 0-3 holds.
  for (let h = 0, holds = Math.floor(rng() * rng() * 4); h < holds; h++) {
    const asks = chance(rng, 0.85);
    if (asks) {
      w.add(tick(2, 10), { type: 'hold.permission_asked' });
      w.add(tick(1, 3), { type: 'hold.permission_answered', granted: chance(rng, 0.95) });
    }
    const start = tick(1, 3);
    w.add(start, { type: 'hold.started', withPermission: asks });
    const length = 10 + rng() * 150;
    let since = start;
    let wait = 30;
    while ((since - start) / 1000 + wait < length) {
      const due = since + wait * 1000;
      w.add(due, { type: 'hold.checkin_due', n: 1 });
      if (chance(rng, 0.15)) break; // missed: the rep comes back only at the end
      const at = due + Math.round((chance(rng, 0.15) ? 16 + rng() * 30 : rng() * 10) * 1000);
      if (at >= start + length * 1000) break;
      w.add(at, { type: 'hold.checkin_done' });
      since = at;
      wait = 45;
    }
    t = Math.max(t, since, start + Math.round(length * 1000));
    if ((t - start) / 1000 > 120 && chance(rng, 0.5)) w.add(t, { type: 'hold.callback_offered' });
    w.add(tick(0, 1), { type: 'hold.ended' });
  }
  if (chance(rng, 0.05)) w.add(tick(5, 20), { type: 'escalation', to: 'Tier 2', reason: 'Refund above the limit', handover: HANDOVER });
  for (let c = 0, promises = Math.floor(rng() * 3); c < promises; c++) w.add(tick(2, 10), { type: 'commitment.made', commitmentId: w.newId(), description: 'Call back with an update', owner: `Rep ${n % 40}`, dueAt: t + (chance(rng, 0.97) ? 3_600_000 : -60_000) });
  if (chance(rng, 0.05)) {
    w.add(tick(5, 20), { type: 'transfer', to: 'Billing', handover: HANDOVER });
  } else if (chance(rng, 0.8)) {
    for (const item of CLOSING_ITEM_IDS) if (chance(rng, 0.9)) w.add(tick(1, 5), { type: 'closing.ticked', item });
  } else {
    const missing: ClosingItemId[] = CLOSING_ITEM_IDS.filter(() => chance(rng, 0.5));
    w.add(tick(1, 5), { type: 'closing.override', missing: missing.length > 0 ? missing : ['case_number'], reason: 'The caller had to go' });
  }
  w.add(tick(2, 10), { type: 'mood.set', phase: 'end', mood: chance(rng, 0.75) ? 'calm' : mood });
  w.add(tick(5, 30), { type: 'disposition.set', disposition: pick(rng, ['resolved', 'pending', 'escalated'] as const), rootCause: chance(rng, 0.8) ? { category: 'delivery', note: 'Courier' } : null, summary: 'Summary' });
  if (script === 'heard' && chance(rng, 0.7)) w.add(tick(2, 10), { type: 'step.checked', stepId: 'diagnose' });
  w.add(tick(1, 5), { type: 'call.ended' });
  return w.events;
}

/**
 * One long call of exactly `count` events (a two-hour escalation with many holds, notes and
 * ticks), every event one the reducer accepts, so a replay at any second has real work.
 */
export function generateLongCall(rng: Rng, count: number, t0: number): CallEvent[] {
  const w = writer('00000000-0000-7000-9fff-000000000001', 0xfff);
  let t = t0;
  const tick = (minS: number, maxS: number) => (t += Math.round((minS + rng() * (maxS - minS)) * 1000));
  w.add(t, { type: 'call.started', customerId: '00000000-0000-7000-a000-000000000001', caseId: '00000000-0000-7000-b000-000000000001', phone: '+14155552671', direction: 'inbound', repName: 'Sam Rivera', scriptId: 'heard' });
  const closing = count - 4; // room for the end mood, disposition and call.ended
  let noteN = 0;
  while (w.events.length < closing) {
    const room = closing - w.events.length;
    const r = rng();
    if (r < 0.35 || room < 8) {
      noteN += 1;
      w.add(tick(1, 6), { type: 'note.added', noteId: w.newId(), body: `Note ${noteN}: the caller adds a detail about the order.` });
    } else if (r < 0.55) {
      const stepId = pick(rng, STEPS.heard);
      w.add(tick(1, 4), { type: 'step.checked', stepId });
      if (room > 9 && chance(rng, 0.5)) w.add(tick(1, 4), { type: 'step.unchecked', stepId });
    } else if (r < 0.7) {
      const item = pick(rng, CLOSING_ITEM_IDS);
      w.add(tick(1, 4), { type: 'closing.ticked', item });
      if (room > 9) w.add(tick(1, 4), { type: 'closing.unticked', item });
    } else if (r < 0.75) {
      w.add(tick(1, 4), { type: 'mood.set', phase: 'start', mood: pick(rng, MOODS) });
    } else if (r < 0.78) {
      w.add(tick(1, 4), { type: 'commitment.made', commitmentId: w.newId(), description: 'Call back', owner: 'Sam Rivera', dueAt: t + 3_600_000 });
    } else {
      // A hold of 6 to 8 events: ask, answer, start, a prompt, one or two check-ins, end.
      w.add(tick(1, 4), { type: 'hold.permission_asked' });
      w.add(tick(1, 2), { type: 'hold.permission_answered', granted: true });
      const start = tick(1, 2);
      w.add(start, { type: 'hold.started', withPermission: true });
      w.add((t = start + 30_000), { type: 'hold.checkin_due', n: 1 });
      w.add(tick(0, 20), { type: 'hold.checkin_done' });
      if (chance(rng, 0.5)) w.add(tick(30, 50), { type: 'hold.checkin_done' });
      w.add(tick(5, 30), { type: 'hold.ended' });
    }
  }
  w.add(tick(2, 5), { type: 'mood.set', phase: 'end', mood: 'calm' });
  w.add(tick(2, 5), { type: 'disposition.set', disposition: 'pending', rootCause: { category: 'process', note: 'Handoff lost' }, summary: 'Long escalation' });
  w.add(tick(2, 5), { type: 'step.checked', stepId: 'diagnose' });
  w.add(tick(1, 3), { type: 'call.ended' });
  return w.events;
}
