import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, emptyCallState, normalizeLog, reduceCall, type CallEvent, type CallState, type Handover } from '../../../../core/call/index.js';
import { CALL_ID, CUSTOMER_ID, OTHER_CALL_ID, SECOND, T0, callLog, note, started, uuid } from './builders.js';

function foldOneByOne(events: readonly CallEvent[]): CallState {
  return events.reduce((s, e) => applyEvent(s, e), emptyCallState());
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function sampleCall(): CallEvent[] {
  const log = started(callLog(), 'heard');
  note(log.at(5 * SECOND), 'Problem');
  log.at(10 * SECOND).add('step.checked', { stepId: 'listen' });
  log.at(20 * SECOND).add('hold.started', { withPermission: true });
  log.at(50 * SECOND).add('hold.checkin_done');
  log.at(60 * SECOND).add('hold.ended');
  log.at(60 * SECOND).add('step.checked', { stepId: 'empathize' });
  log.at(70 * SECOND).add('call.ended');
  return log.events;
}

describe('idempotent, order-independent folding', () => {
  it('ignores an exact duplicate (same id, same content), in reduceCall and in applyEvent', () => {
    const events = sampleCall();
    const once = reduceCall(events);
    expect(reduceCall([...events, ...events.map((e) => ({ ...e }))])).toEqual(once);
    const again = applyEvent(once, { ...events[3]! });
    expect(again).toBe(once);
  });

  it('applies events in (at, id) order whatever order they arrive in', () => {
    const events = sampleCall();
    const reversed = [...events].reverse();
    expect(reduceCall(reversed)).toEqual(reduceCall(events));
    expect(foldOneByOne(reversed)).toEqual(reduceCall(events));
    // hold.ended and step.checked share a timestamp: the id breaks the tie.
    expect(reduceCall(reversed).log.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('re-folds when a late event belongs earlier (another device synced)', () => {
    const events = sampleCall();
    const withoutNote = events.filter((e) => e.type !== 'note.added');
    const noteEvent = events.find((e) => e.type === 'note.added')!;
    const state = applyEvent(reduceCall(withoutNote), noteEvent);
    expect(state).toEqual(reduceCall(events));
    expect(state.notes).toHaveLength(1);
  });

  it('never mutates the state it is given', () => {
    const events = sampleCall();
    const base = deepFreeze(reduceCall(events.slice(0, 4)));
    expect(() => applyEvent(base, events[4]!)).not.toThrow();
    expect(() => applyEvent(base, events[1]!)).not.toThrow();
    expect(() => applyEvent(base, { ...events[0]!, id: uuid(0xdead), at: T0 - 1 })).not.toThrow();
  });

  it('picks one winner for two different events with the same id, whatever the arrival order', () => {
    const log = started(callLog(), 'heard');
    log.at(10 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
    const a = log.last();
    const b = { ...a, mood: 'calm' } as CallEvent;
    const ab = reduceCall([...log.events, b]);
    const ba = reduceCall([b, ...log.events]);
    expect(ab).toEqual(ba);
    expect(ab.mood.start).toBe('angry'); // same time: the smaller canonical form wins
    expect(ab.log.conflicting).toEqual([b]);
    expect(foldOneByOne([b, ...log.events])).toEqual(ab);
  });

  it('treats events of another call as anomalies, and the call.started decides which call it is', () => {
    const log = started(callLog(), 'heard');
    const stray = callLog({ callId: OTHER_CALL_ID }).at(-5 * SECOND).add('note.added', { noteId: uuid(0xabc), body: 'wrong call' }).last();
    const s = reduceCall([stray, ...log.events]);
    expect(s.callId).toBe(CALL_ID);
    expect(s.notes).toEqual([]);
    expect(s.anomalies).toEqual([{ eventId: stray.id, type: 'note.added', at: stray.at, reason: 'the event belongs to another call' }]);
    expect(foldOneByOne([stray, ...log.events])).toEqual(s);
  });

  it('sorts and de-duplicates a raw log', () => {
    const events = sampleCall();
    const { events: sorted, conflicting } = normalizeLog([events[2]!, events[0]!, events[2]!, events[1]!]);
    expect(sorted.map((e) => e.id)).toEqual([events[0]!.id, events[1]!.id, events[2]!.id]);
    expect(conflicting).toEqual([]);
  });
});

// Random logs, sensible or not: the fold must give one answer for any arrival order.
const HANDOVER: Handover = {
  text: 'Caller: X',
  who: 'X',
  caseNumber: null,
  problem: 'p',
  tried: [],
  stepsDone: [],
  mood: { start: null, end: null, abuseWarnings: 0 },
  promises: [],
};
const STEP_IDS = ['listen', 'empathize', 'apologize', 'resolve', 'diagnose', 'thank', 'self_control', 'greet'];
const SCRIPT_IDS = ['heard', 'last', 'irate', 'support'];
const ITEMS = ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'] as const;
const MOODS = ['calm', 'upset', 'angry', 'abusive'] as const;

type Seed = { kind: number; sec: number; pick: number; flag: boolean };

function eventFrom(seed: Seed, i: number): CallEvent {
  const { kind, pick, flag } = seed;
  const head = { id: uuid(0x100000 + i), callId: kind === 99 ? OTHER_CALL_ID : CALL_ID, at: T0 + seed.sec * SECOND };
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
    case 20: return { ...head, type: 'commitment.made', commitmentId: uuid(0x300000 + pick), description: `c${i}`, owner: 'Sam', dueAt: head.at + 60_000 };
    case 21: return { ...head, type: 'disposition.set', disposition: flag ? 'resolved' : 'pending', rootCause: null, summary: `s${i}` };
    case 22: return { ...head, type: 'call.ended' };
    default: return { ...head, type: 'hold.started', withPermission: !flag };
  }
}

const seedArb = fc.record({
  kind: fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.constant(99) }),
  // A narrow time range, so many events share a timestamp and the id tie-break is exercised.
  sec: fc.integer({ min: 0, max: 40 }),
  pick: fc.integer({ min: 0, max: 7 }),
  flag: fc.boolean(),
});

const logAndPermutation = fc
  .array(seedArb, { minLength: 1, maxLength: 40 })
  .map((seeds) => seeds.map(eventFrom))
  .chain((events) =>
    fc.tuple(
      fc.constant(events),
      fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
      fc.subarray(events),
    ),
  );

describe('property: any permutation of a log reduces to the same state', () => {
  it('reduceCall is order-independent and ignores re-delivered events', () => {
    fc.assert(
      fc.property(logAndPermutation, ([events, shuffled, repeats]) => {
        const expected = reduceCall(events);
        expect(reduceCall(shuffled)).toEqual(expected);
        expect(reduceCall([...shuffled, ...repeats])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('applying events one at a time in any order gives reduceCall of the whole log', () => {
    fc.assert(
      fc.property(logAndPermutation, ([events, shuffled, repeats]) => {
        expect(foldOneByOne([...shuffled, ...repeats])).toEqual(reduceCall(events));
      }),
      { numRuns: 300 },
    );
  });
});
