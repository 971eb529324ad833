import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HLC_COUNTER_MAX,
  compareHlc,
  formatHlc,
  hlcReceive,
  hlcSend,
  initialHlc,
  isTooFarAhead,
  parseHlc,
  restamp,
  type HlcState,
} from '../../../../core/sync/hlc.js';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const NODE = '0190a2b4-1c2d-7e3f-8a9b-0c1d2e3f4a5b';
const T0 = 1_700_000_000_000;

describe('hlc format', () => {
  it('stamps as <15-digit ms>-<4 hex counter>-<node> and parses back', () => {
    const state: HlcState = { ms: T0, counter: 0x2a, node: NODE };
    const stamp = formatHlc(state);
    expect(stamp).toBe(`00${T0}-002a-${NODE}`);
    expect(parseHlc(stamp)).toEqual(state);
  });

  it.each([
    ['', /is not <15-digit ms>/],
    ['1700000000000-0000-dev', /is not <15-digit ms>/],
    ['001700000000000-000-dev', /is not <15-digit ms>/],
    ['001700000000000-00G0-dev', /is not <15-digit ms>/],
    ['001700000000000-00A0-dev', /is not <15-digit ms>/],
    ['001700000000000-0000-', /is not <15-digit ms>/],
    ['001700000000000-0000-dev ice', /node "dev ice" must match/],
    [`001700000000000-0000-${'x'.repeat(65)}`, /node .* must match/],
  ])('refuses %j with a clear error', (stamp, message) => {
    expect(() => parseHlc(stamp)).toThrow(message);
  });

  it('refuses a bad node at creation', () => {
    expect(() => initialHlc('a/b')).toThrow(/HLC node must match/);
  });
});

describe('hlcSend', () => {
  it('follows the wall clock forward and resets the counter', () => {
    const a = hlcSend(initialHlc(NODE), T0);
    const b = hlcSend(a.state, T0 + 5);
    expect(parseHlc(a.stamp)).toMatchObject({ ms: T0, counter: 0 });
    expect(parseHlc(b.stamp)).toMatchObject({ ms: T0 + 5, counter: 0 });
  });

  it('stays monotonic when the wall clock jumps backwards, counting instead', () => {
    const a = hlcSend(initialHlc(NODE), T0 + 60_000);
    const b = hlcSend(a.state, T0);
    const c = hlcSend(b.state, T0 + 1);
    expect(compareHlc(a.stamp, b.stamp)).toBe(-1);
    expect(compareHlc(b.stamp, c.stamp)).toBe(-1);
    expect(parseHlc(c.stamp)).toMatchObject({ ms: T0 + 60_000, counter: 2 });
  });

  it('never refuses: an unusable wall clock still stamps, after the last stamp', () => {
    const a = hlcSend(initialHlc(NODE), T0);
    for (const wall of [Number.NaN, -1, Number.POSITIVE_INFINITY, 0]) {
      expect(compareHlc(a.stamp, hlcSend(a.state, wall).stamp)).toBe(-1);
    }
  });

  it('borrows the next millisecond when the counter overflows', () => {
    const full: HlcState = { ms: T0, counter: HLC_COUNTER_MAX, node: NODE };
    const next = hlcSend(full, T0);
    expect(next.state).toEqual({ ms: T0 + 1, counter: 0, node: NODE });
    expect(compareHlc(formatHlc(full), next.stamp)).toBe(-1);
  });
});

describe('hlcReceive', () => {
  it('sorts after the remote stamp even when the local wall clock is behind', () => {
    const local = hlcSend(initialHlc(NODE), T0).state;
    const remote = formatHlc({ ms: T0 + 10_000, counter: 7, node: 'other' });
    const r = hlcReceive(local, remote, T0 + 1);
    expect(parseHlc(r.stamp)).toEqual({ ms: T0 + 10_000, counter: 8, node: NODE });
    expect(compareHlc(remote, r.stamp)).toBe(-1);
  });

  it('adopts a far-future remote rather than refuse, and reports the drift', () => {
    const local = hlcSend(initialHlc(NODE), T0).state;
    const remote = formatHlc({ ms: T0 + 86_400_000, counter: 0, node: 'other' });
    const r = hlcReceive(local, remote, T0);
    expect(r.driftMs).toBe(86_400_000);
    expect(compareHlc(remote, r.stamp)).toBe(-1);
    expect(compareHlc(r.stamp, hlcSend(r.state, T0).stamp)).toBe(-1);
  });

  it('takes the largest counter when all three agree on the millisecond', () => {
    const local: HlcState = { ms: T0, counter: 3, node: NODE };
    const r = hlcReceive(local, formatHlc({ ms: T0, counter: 9, node: 'other' }), T0);
    expect(r.state.counter).toBe(10);
  });

  it('refuses a malformed remote stamp', () => {
    expect(() => hlcReceive(initialHlc(NODE), 'nonsense', T0)).toThrow(/is not <15-digit ms>/);
  });
});

describe('clock refusal and re-stamping', () => {
  it('isTooFarAhead is the 2-minute rule', () => {
    const at = (ms: number) => formatHlc({ ms, counter: 0, node: NODE });
    expect(isTooFarAhead(at(T0 + 120_000), T0)).toBe(false);
    expect(isTooFarAhead(at(T0 + 120_001), T0)).toBe(true);
    expect(isTooFarAhead(at(T0 + 10), T0, 5)).toBe(true);
  });

  it('restamp restarts a poisoned clock from the wall clock and keeps the order given', () => {
    const poisoned = hlcSend(initialHlc(NODE), T0 + 3_600_000).state;
    const unacked = [3, 4, 5].map((seq) => ({ seq, hlc: formatHlc({ ms: T0 + 3_600_000, counter: seq, node: NODE }) }));
    const { changes, state } = restamp(unacked, poisoned, T0);
    expect(changes.map((c) => c.seq)).toEqual([3, 4, 5]);
    for (const c of changes) expect(isTooFarAhead(c.hlc, T0)).toBe(false);
    const stamps = changes.map((c) => c.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(3);
    expect(compareHlc(stamps[2] as string, hlcSend(state, T0).stamp)).toBe(-1);
  });

  it('restamp on a healthy clock just stamps on from it', () => {
    const healthy = hlcSend(initialHlc(NODE), T0).state;
    const { changes } = restamp([{ hlc: 'old' }], healthy, T0 + 1);
    expect(parseHlc((changes[0] as { hlc: string }).hlc)).toMatchObject({ ms: T0 + 1, counter: 0 });
  });
});

const stateArb = fc.record({
  ms: fc.integer({ min: 0, max: 10 ** 15 - 2 }),
  counter: fc.integer({ min: 0, max: HLC_COUNTER_MAX }),
  node: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
});
// Wall clocks that jump backwards and forwards, sometimes wildly.
const wallArb = fc.oneof(fc.integer({ min: T0 - 1e7, max: T0 + 1e7 }), fc.integer({ min: 0, max: 2 ** 52 }), fc.constant(Number.NaN));
type Step = { kind: 'send'; wall: number } | { kind: 'receive'; wall: number; remote: HlcState };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  wallArb.map((wall) => ({ kind: 'send' as const, wall })),
  fc.record({ kind: fc.constant('receive' as const), wall: wallArb, remote: stateArb.filter((s) => s.ms < 2 ** 52) }),
);

describe(`hlc properties (seed ${SEED}, replay with FC_SEED=${SEED})`, () => {
  it('ordering the stamps as strings is ordering them with compareHlc', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const x = formatHlc(a);
        const y = formatHlc(b);
        const asString = x < y ? -1 : x > y ? 1 : 0;
        expect(compareHlc(x, y)).toBe(asString);
        expect(parseHlc(x)).toEqual(a);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every stamp is greater than the previous one and than every stamp received, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => {
        let state = initialHlc(NODE);
        let last = formatHlc(state);
        for (const step of steps) {
          const tick = step.kind === 'send' ? hlcSend(state, step.wall) : hlcReceive(state, formatHlc(step.remote), step.wall);
          expect(tick.stamp > last).toBe(true);
          if (step.kind === 'receive') {
            // After the remote by (ms, counter) alone, so whatever the node ids.
            const t = parseHlc(tick.stamp);
            const r = step.remote;
            expect(t.ms > r.ms || (t.ms === r.ms && t.counter > r.counter)).toBe(true);
          }
          state = tick.state;
          last = tick.stamp;
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
