import { periodKey, type SamplePeriod } from './period.js';
import { keyedDraw } from './prng.js';

// The fair random sample the review queue proposes: perRep calls of each rep in each period
// (default 5 a month), reproducible from its seed.
//
// Method (bottom-k): every call gets a draw keyed by the seed and its id; each (rep, period)
// keeps its perRep lowest draws. So every rep gets exactly min(perRep, their calls), every
// subset of that size is equally likely, the sample does not depend on the input order or on
// other reps' calls, and as calls keep arriving during the month a proposed call only leaves
// the sample when a newer call draws lower (a supervisor's half-done sample stays put).

export type SampleCandidate = { callId: string; repId: string; startedAt: number };

export type SampleOptions = {
  perRep: number;
  period: SamplePeriod;
  seed: string;
  /** The team's offset from UTC in minutes (periods are the team's days and months). */
  utcOffsetMinutes?: number;
};

export type SampledCall = {
  callId: string;
  repId: string;
  period: string;
  /** The draw that put it in the sample (lower is earlier in line). */
  draw: number;
  /** For the queue: why this call is proposed. */
  reason: string;
};

export const DEFAULT_SAMPLE: Omit<SampleOptions, 'seed'> = { perRep: 5, period: 'month' };

export function sampleCalls<C extends SampleCandidate>(calls: readonly C[], options: SampleOptions): SampledCall[] {
  const perRep = Math.max(0, Math.floor(options.perRep));
  const groups = new Map<string, { repId: string; period: string; drawn: { call: C; draw: number }[] }>();
  const seen = new Set<string>();
  for (const call of calls) {
    if (seen.has(call.callId)) continue; // the same call listed twice is one call
    seen.add(call.callId);
    const period = periodKey(call.startedAt, options.period, options.utcOffsetMinutes);
    const key = `${call.repId}\u0000${period}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { repId: call.repId, period, drawn: [] }));
    group.drawn.push({ call, draw: keyedDraw(options.seed, call.callId) });
  }
  const out: SampledCall[] = [];
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const group = groups.get(key);
    if (!group) continue;
    const n = group.drawn.length;
    const picked = group.drawn.sort((a, b) => a.draw - b.draw || (a.call.callId < b.call.callId ? -1 : 1)).slice(0, perRep);
    const reason = `Random sample: ${picked.length} of ${n} call${n === 1 ? '' : 's'} by this rep in ${group.period} (seed ${options.seed})`;
    for (const p of picked.sort((a, b) => a.call.startedAt - b.call.startedAt || (a.call.callId < b.call.callId ? -1 : 1))) {
      out.push({ callId: p.call.callId, repId: group.repId, period: group.period, draw: p.draw, reason });
    }
  }
  return out;
}
