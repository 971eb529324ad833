import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodKey } from '../../../../core/qa/sample/period.js';
import { hash53, keyedDraw, seededRandom } from '../../../../core/qa/sample/prng.js';
import { sampleCalls, type SampleCandidate } from '../../../../core/qa/sample/sampleCalls.js';
import { uuid } from '../call/builders.js';

const NOV = Date.UTC(2026, 10, 1);
const DAY = 24 * 3600 * 1000;

function calls(perRep: Record<string, number>, start = NOV, spreadDays = 28): SampleCandidate[] {
  let n = 0;
  return Object.entries(perRep).flatMap(([repId, count]) =>
    Array.from({ length: count }, (_, i) => ({ callId: uuid(0x5000 + n++), repId, startedAt: start + Math.floor((i * spreadDays * DAY) / Math.max(1, count)) })),
  );
}

const ids = (s: { callId: string }[]) => s.map((c) => c.callId);

describe('seeded randomness', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = seededRandom('nov-2026');
    const b = seededRandom('nov-2026');
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(seededRandom('dec-2026')()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(hash53('abc')).toBe(hash53('abc'));
    expect(keyedDraw('s', 'abc')).not.toBe(keyedDraw('t', 'abc'));
  });

  it('draws look uniform (a 10-bin histogram of 20,000 draws stays within 4 sd of 2,000 per bin)', () => {
    const rnd = seededRandom(42);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) bins[Math.floor(rnd() * 10)]! += 1;
    for (const b of bins) expect(Math.abs(b - 2000)).toBeLessThan(4 * Math.sqrt(20_000 * 0.1 * 0.9));
  });
});

describe('periods', () => {
  it('months, ISO weeks and days, in the team\'s offset from UTC', () => {
    expect(periodKey(Date.UTC(2026, 10, 30, 23, 59), 'month')).toBe('2026-11');
    expect(periodKey(Date.UTC(2026, 10, 30, 23, 59), 'month', 60)).toBe('2026-12');
    expect(periodKey(Date.UTC(2026, 11, 1, 3), 'month', -300)).toBe('2026-11');
    expect(periodKey(Date.UTC(2026, 10, 22), 'day')).toBe('2026-11-22');
    expect(periodKey(Date.UTC(2026, 0, 1), 'week')).toBe('2026-W01'); // a Thursday
    expect(periodKey(Date.UTC(2027, 0, 1), 'week')).toBe('2026-W53'); // a Friday: the last week of 2026
    expect(periodKey(Date.UTC(2024, 11, 30), 'week')).toBe('2025-W01'); // a Monday in 2025's first week
  });
});

describe('sampleCalls: a fair sample per rep and period', () => {
  const team = calls({ ana: 38, ben: 12, cai: 3 });

  it('takes exactly perRep of each rep (or all of a rep with fewer), with the reason', () => {
    const s = sampleCalls(team, { perRep: 5, period: 'month', seed: 'nov' });
    const byRep = (rep: string) => s.filter((c) => c.repId === rep);
    expect(byRep('ana')).toHaveLength(5);
    expect(byRep('ben')).toHaveLength(5);
    expect(byRep('cai')).toHaveLength(3);
    expect(byRep('ana')[0]?.reason).toBe('Random sample: 5 of 38 calls by this rep in 2026-11 (seed nov)');
    expect(new Set(ids(s)).size).toBe(s.length);
    for (const c of s) expect(team.find((t) => t.callId === c.callId)?.repId).toBe(c.repId);
  });

  it('samples each period separately', () => {
    const twoMonths = [...calls({ ana: 10 }, NOV), ...calls({ ana: 10 }, Date.UTC(2026, 11, 1)).map((c, i) => ({ ...c, callId: uuid(0x9000 + i) }))];
    const s = sampleCalls(twoMonths, { perRep: 5, period: 'month', seed: 'x' });
    expect(s.filter((c) => c.period === '2026-11')).toHaveLength(5);
    expect(s.filter((c) => c.period === '2026-12')).toHaveLength(5);
    expect(sampleCalls(twoMonths, { perRep: 2, period: 'week', seed: 'x' }).length).toBeGreaterThan(4);
  });

  it('is reproducible from its seed, whatever the input order, and another seed draws another sample', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(team, { minLength: team.length, maxLength: team.length }), (shuffled) => {
        expect(sampleCalls(shuffled, { perRep: 5, period: 'month', seed: 'nov' })).toEqual(sampleCalls(team, { perRep: 5, period: 'month', seed: 'nov' }));
      }),
      { numRuns: 50 },
    );
    const a = ids(sampleCalls(team, { perRep: 5, period: 'month', seed: 'nov' }).filter((c) => c.repId === 'ana'));
    const b = ids(sampleCalls(team, { perRep: 5, period: 'month', seed: 'nov-2' }).filter((c) => c.repId === 'ana'));
    expect(a).not.toEqual(b);
  });

  it("does not depend on other reps' calls, and a new call displaces at most one proposed call", () => {
    const alone = sampleCalls(calls({ ana: 38 }), { perRep: 5, period: 'month', seed: 'nov' });
    const withTeam = sampleCalls(team, { perRep: 5, period: 'month', seed: 'nov' }).filter((c) => c.repId === 'ana');
    expect(ids(withTeam)).toEqual(ids(alone));
    const more = [...team, { callId: uuid(0xeeee), repId: 'ana', startedAt: NOV + 29 * DAY }];
    const after = ids(sampleCalls(more, { perRep: 5, period: 'month', seed: 'nov' }).filter((c) => c.repId === 'ana'));
    expect(after.filter((id) => !ids(alone).includes(id)).length).toBeLessThanOrEqual(1);
  });

  it('gives every call of a rep the same chance: 10 calls, 5 a month, over 2,000 seeds each call is picked about 1,000 times', () => {
    const ten = calls({ ana: 10 });
    const picked = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of sampleCalls(ten, { perRep: 5, period: 'month', seed: `seed-${i}` })) picked.set(c.callId, (picked.get(c.callId) ?? 0) + 1);
    expect(picked.size).toBe(10);
    // Binomial(2000, 0.5): sd 22.4; 4.5 sd either side.
    for (const n of picked.values()) expect(Math.abs(n - 1000)).toBeLessThan(100);
    // And no pair of calls travels together more than chance says (5/10 * 4/9 = 2/9 of seeds).
    const together = (x: string, y: string) => {
      let n = 0;
      for (let i = 0; i < 2000; i++) {
        const s = ids(sampleCalls(ten, { perRep: 5, period: 'month', seed: `seed-${i}` }));
        if (s.includes(x) && s.includes(y)) n++;
      }
      return n;
    };
    const pair = together(ten[0]!.callId, ten[1]!.callId);
    expect(Math.abs(pair - 2000 * (2 / 9))).toBeLessThan(4.5 * Math.sqrt(2000 * (2 / 9) * (7 / 9)));
  });

  it('counts a call listed twice once, and perRep 0 samples nothing', () => {
    const dup = [...calls({ ana: 3 }), ...calls({ ana: 3 })];
    expect(sampleCalls(dup, { perRep: 5, period: 'month', seed: 'x' })).toHaveLength(3);
    expect(sampleCalls(team, { perRep: 0, period: 'month', seed: 'x' })).toEqual([]);
  });
});
