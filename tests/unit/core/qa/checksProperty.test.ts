import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_POLICY, reduceCall } from '../../../../core/call/index.js';
import { AutoAnswer } from '../../../../core/qa/answer.js';
import { AUTO_CHECK_IDS, AUTO_CHECK_SHAPES } from '../../../../core/qa/checks/ids.js';
import { autoAnswers, autoAnswersForState } from '../../../../core/qa/checks/registry.js';
import { callFlags } from '../../../../core/qa/flags/callFlags.js';
import { timelineOf } from '../../../../core/qa/replay/timeline.js';
import { randomLog } from './logArbitrary.js';
import { goodHeardCall } from './qaLogs.js';

describe('property: automatic answers on any log', () => {
  it('every check answers, in its declared shape, and all evidence points at an applied event at its own time', () => {
    fc.assert(
      fc.property(randomLog, (events) => {
        const state = reduceCall(events);
        const applied = new Map(state.log.events.filter((e) => !state.anomalies.some((a) => a.eventId === e.id)).map((e) => [e.id, e]));
        const answers = autoAnswersForState(state);
        expect(Object.keys(answers).sort()).toEqual([...AUTO_CHECK_IDS].sort());
        for (const id of AUTO_CHECK_IDS) {
          const a = answers[id];
          expect(AutoAnswer.safeParse(a).success).toBe(true);
          const shape = AUTO_CHECK_SHAPES[id];
          if (a.answer === 'na') expect(shape.mayBeNa).toBe(true);
          if (shape.scale === 'yes_no' && a.answer !== 'unknown' && a.answer !== 'na') expect(['yes', 'no']).toContain(a.answer);
          if (shape.scale === 'any') expect(['unknown', 'na']).toContain(a.answer);
          for (const ev of a.evidence) {
            expect(applied.get(ev.eventId)?.at).toBe(ev.at);
            expect(ev.why.length).toBeGreaterThan(0);
          }
        }
        expect(autoAnswers(events)).toEqual(answers);
      }),
      { numRuns: 400 },
    );
  });

  it('flags are in time order and point at applied events; the timeline has a mark for every event', () => {
    fc.assert(
      fc.property(randomLog, (events) => {
        const state = reduceCall(events);
        const applied = new Set(state.log.events.filter((e) => !state.anomalies.some((a) => a.eventId === e.id)).map((e) => e.id));
        const flags = callFlags(state);
        for (let i = 1; i < flags.length; i++) expect(flags[i]!.at).toBeGreaterThanOrEqual(flags[i - 1]!.at);
        for (const f of flags) if (f.eventId !== null) expect(applied.has(f.eventId)).toBe(true);
        const timeline = timelineOf(state, DEFAULT_HOLD_POLICY);
        expect(timeline.marks).toHaveLength(state.log.events.length);
        expect(timeline.marks.filter((m) => m.lane === 'refused')).toHaveLength(state.anomalies.length);
        expect(timeline.holds).toHaveLength(state.hold.holds.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('timelineOf', () => {
  it('draws the good call: a hold bar with its check-in, and labelled marks on lanes', () => {
    const state = reduceCall(goodHeardCall().events);
    const t = timelineOf(state, DEFAULT_HOLD_POLICY);
    expect(t.holds).toEqual([{ n: 1, from: state.hold.holds[0]!.startedAt, to: state.hold.holds[0]!.endedAt, eventId: expect.any(String), withPermission: true, checkins: [expect.objectContaining({ n: 1, verdict: 'on_time' })] }]);
    expect(t.marks.find((m) => m.lane === 'promise')?.label).toBe('Promise: Call back with the tracking number (due 1 h later)');
    expect(t.marks.filter((m) => m.lane === 'closing').map((m) => m.label)).toContain('Gave the case number');
    expect(t.marks[0]).toMatchObject({ lane: 'call', label: 'Call started (heard)' });
  });
});
