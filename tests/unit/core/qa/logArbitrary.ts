import fc from 'fast-check';
import type { CallEvent, Handover } from '../../../../core/call/index.js';
import { CALL_ID, CUSTOMER_ID, OTHER_CALL_ID, SECOND, T0, uuid } from '../call/builders.js';

// Random call logs for property tests: every event type, times in a narrow range (so many
// share a millisecond and the id tie-break matters), strays from another call, re-delivered
// copies and the odd id reused with different content.

const HANDOVER: Handover = { text: 't', who: 'w', caseNumber: null, problem: 'p', tried: [], stepsDone: [], mood: { start: null, end: null, abuseWarnings: 0 }, promises: [] };
const STEP_IDS = ['listen', 'empathize', 'apologize', 'resolve', 'diagnose', 'thank', 'restate', 'greet'];
const SCRIPT_IDS = ['heard', 'last', 'irate', 'support'];
const ITEMS = ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] as const;
const MOODS = ['calm', 'upset', 'angry', 'abusive'] as const;

type Seed = { kind: number; sec: number; pick: number; flag: boolean; idOf: number | null };

function eventFrom(seed: Seed, i: number): CallEvent {
  const { kind, pick, flag } = seed;
  const head = { id: uuid(0x100000 + (seed.idOf ?? i)), callId: kind === 99 ? OTHER_CALL_ID : CALL_ID, at: T0 + seed.sec * SECOND };
  const step = STEP_IDS[pick % STEP_IDS.length]!;
  const item = ITEMS[pick % ITEMS.length]!;
  switch (kind % 24) {
    case 0: return { ...head, type: 'call.started', customerId: CUSTOMER_ID, caseId: null, phone: '+14155552671', direction: 'inbound', repName: 'Sam', scriptId: SCRIPT_IDS[pick % SCRIPT_IDS.length]! };
    case 1: return { ...head, type: 'step.checked', stepId: step };
    case 2: return { ...head, type: 'step.unchecked', stepId: step };
    case 3: return { ...head, type: 'script.switched', scriptId: SCRIPT_IDS[pick % SCRIPT_IDS.length]! };
    case 4: return { ...head, type: 'hold.permission_asked' };
    case 5: return { ...head, type: 'hold.permission_answered', granted: flag };
    case 6: return { ...head, type: 'hold.started', withPermission: flag };
    case 7: return { ...head, type: 'hold.checkin_due', n: pick + 1 };
    case 8: return { ...head, type: 'hold.checkin_done' };
    case 9: return { ...head, type: 'hold.ended' };
    case 10: return { ...head, type: 'hold.callback_offered' };
    case 11: return { ...head, type: 'note.added', noteId: uuid(0x200000 + (flag ? pick : i)), body: `note ${i}` };
    case 12: return { ...head, type: 'mood.set', phase: flag ? 'start' : 'end', mood: MOODS[pick % MOODS.length]! };
    case 13: return { ...head, type: 'abuse.warned' };
    case 14: return { ...head, type: 'supervisor.offered' };
    case 15: return { ...head, type: 'transfer', to: 'Billing', handover: HANDOVER };
    case 16: return { ...head, type: 'escalation', to: 'Tier 2', reason: 'r', handover: HANDOVER };
    case 17: return { ...head, type: 'closing.ticked', item };
    case 18: return { ...head, type: 'closing.unticked', item };
    case 19: return { ...head, type: 'closing.override', missing: [item], reason: 'no case' };
    case 20: return { ...head, type: 'commitment.made', commitmentId: uuid(0x300000 + pick), description: `c${i}`, owner: 'Sam', dueAt: head.at + (flag ? 60_000 : -1) };
    case 21: return { ...head, type: 'disposition.set', disposition: flag ? 'resolved' : 'pending', rootCause: flag ? { category: 'billing', note: '' } : null, summary: `s${i}` };
    case 22: return { ...head, type: 'call.ended' };
    default: return { ...head, type: 'hold.started', withPermission: !flag };
  }
}

const seedArb = fc.record({
  kind: fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.constant(99) }),
  sec: fc.integer({ min: 0, max: 120 }),
  pick: fc.integer({ min: 0, max: 7 }),
  flag: fc.boolean(),
  // Now and then an event reuses an earlier id with different content (a cloned device).
  idOf: fc.option(fc.integer({ min: 0, max: 5 }), { freq: 12 }),
});

/** A log that usually starts with call.started (as real ones do), shuffled, with re-deliveries. */
export const randomLog: fc.Arbitrary<CallEvent[]> = fc
  .tuple(fc.boolean(), fc.array(seedArb, { minLength: 0, maxLength: 60 }))
  .map(([withStart, seeds]) => {
    const events = seeds.map(eventFrom);
    if (withStart) events.unshift(eventFrom({ kind: 0, sec: 0, pick: 0, flag: false, idOf: null }, 9999));
    return events;
  })
  .chain((events) => fc.tuple(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), fc.subarray(events)).map(([a, b]) => [...a, ...b]));
