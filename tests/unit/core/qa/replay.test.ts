import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceCall } from '../../../../core/call/index.js';
import { autoAnswersForState } from '../../../../core/qa/checks/registry.js';
import { callFlags } from '../../../../core/qa/flags/callFlags.js';
import { nextEventAfter, nextFlagAfter, previousEventBefore, previousFlagBefore } from '../../../../core/qa/replay/navigate.js';
import { replayFrame } from '../../../../core/qa/replay/frame.js';
import { buildReplayIndex, stateAfter, stateAt } from '../../../../core/qa/replay/replayIndex.js';
import { openReplay, replayAt } from '../../../../core/qa/replay/session.js';
import { OTHER_CALL_ID, SECOND, T0, callLog, started } from '../call/builders.js';
import { randomLog } from './logArbitrary.js';
import { findEvent, goodHeardCall, sec } from './qaLogs.js';

describe('property: the replayed state at t is the reducer\'s state over the events up to t', () => {
  it('for any log (shuffled, re-delivered, strays, reused ids), any checkpoint spacing and any t', () => {
    fc.assert(
      fc.property(randomLog, fc.integer({ min: 1, max: 7 }), fc.array(fc.integer({ min: -5, max: 125 }), { minLength: 1, maxLength: 8 }), (events, every, seconds) => {
        const index = buildReplayIndex(events, { every });
        for (const s of seconds) {
          const t = T0 + s * SECOND + (s % 3 === 0 ? 500 : 0);
          expect(stateAt(index, t)).toEqual(reduceCall(events.filter((e) => e.at <= t)));
        }
        expect(stateAt(index, Infinity)).toEqual(reduceCall(events));
      }),
      { numRuns: 400 },
    );
  });

  it('also at every event time exactly (events at t are included)', () => {
    fc.assert(
      fc.property(randomLog, (events) => {
        const index = buildReplayIndex(events, { every: 3 });
        for (const e of index.events) expect(stateAt(index, e.at)).toEqual(reduceCall(events.filter((x) => x.at <= e.at)));
      }),
      { numRuns: 150 },
    );
  });
});

describe('replay on the good call', () => {
  const events = goodHeardCall().events;
  const index = buildReplayIndex(events, { every: 4 });

  it('before the call nothing has happened; at the end it is the whole call', () => {
    expect(stateAt(index, T0 - 1)).toEqual(reduceCall([]));
    expect(stateAt(index, sec(1000))).toEqual(reduceCall(events));
    expect(stateAfter(index, index.events.length)).toEqual(reduceCall(events));
  });

  it('shows the hold timer, the check-in prompt and the checklist as the rep saw them', () => {
    const onHold = replayFrame(index, sec(80));
    expect(onHold.state.phase).toBe('on_hold');
    expect(onHold.offsetMs).toBe(80 * SECOND);
    expect(onHold.hold).toMatchObject({ elapsedMs: 17 * SECOND, prompt: 'none', nextCheckinDueAt: sec(93), count: 1, totalMs: 17 * SECOND });
    expect(onHold.hold.checkins).toEqual([expect.objectContaining({ n: 1, verdict: 'upcoming' })]);
    // Checked in at 90 s, before the 93 s due time: the next one is due 45 s later, no prompt.
    const later = replayFrame(index, sec(95));
    expect(later.hold).toMatchObject({ prompt: 'none', nextCheckinDueAt: sec(135) });
    expect(later.hold.checkins[0]).toMatchObject({ verdict: 'on_time', doneAt: sec(90) });
    expect(later.lastEvent?.type).toBe('hold.checkin_done');
    const after = replayFrame(index, sec(105));
    expect(after.hold).toMatchObject({ current: null, elapsedMs: null, prompt: 'none', totalMs: 37 * SECOND });
    expect(after.closingMissing).toEqual(['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked']);
    expect(replayFrame(index, sec(1000)).closingMissing).toEqual([]);
  });

  it('prompts a check-in when due and escalates it when late, on a hold with none', () => {
    const log = started(callLog());
    log.at(20 * SECOND).add('hold.started', { withPermission: true });
    const frames = buildReplayIndex(log.events);
    expect(replayFrame(frames, sec(49)).hold.prompt).toBe('none');
    expect(replayFrame(frames, sec(50)).hold.prompt).toBe('due');
    const late = replayFrame(frames, sec(66));
    expect(late.hold.prompt).toBe('escalated');
    expect(late.hold.checkins).toEqual([{ n: 1, dueAt: sec(50), lateAt: sec(65), doneAt: null, by: null, verdict: 'overdue', lateByMs: 16 * SECOND }]);
  });

  it('steps to the next and previous event by time', () => {
    expect(nextEventAfter(index, T0 - 1)?.type).toBe('call.started');
    expect(nextEventAfter(index, sec(63))?.type).toBe('hold.checkin_done');
    expect(previousEventBefore(index, sec(63))?.type).toBe('hold.permission_answered');
    expect(previousEventBefore(index, T0)).toBeNull();
    expect(nextEventAfter(index, sec(1000))).toBeNull();
  });

  it('the automatic answers at t are the answers over the state then', () => {
    const view = replayAt(openReplay(events), sec(70));
    expect(view.auto.hold_permission.answer).toBe('yes');
    expect(view.auto.anything_else.answer).toBe('no');
    expect(view.auto).toEqual(autoAnswersForState(reduceCall(events.filter((e) => e.at <= sec(70))), { now: sec(70) }));
    expect(replayAt(openReplay(events), sec(1000)).auto.anything_else.answer).toBe('yes');
  });
});

describe('next flag', () => {
  it('steps through the flags in time order', () => {
    const log = started(callLog());
    log.at(20 * SECOND).add('hold.started', { withPermission: false });
    log.at(80 * SECOND).add('hold.checkin_done');
    log.at(90 * SECOND).add('hold.ended');
    log.at(100 * SECOND).add('closing.override', { missing: ['case_number'], reason: 'Caller hung up' });
    const replay = openReplay(log.events);
    expect(replay.flags.map((f) => f.kind)).toEqual(['hold_without_permission', 'checkin_late', 'closing_override']);
    expect(nextFlagAfter(replay.flags, T0)?.kind).toBe('hold_without_permission');
    expect(nextFlagAfter(replay.flags, sec(20))?.kind).toBe('checkin_late');
    expect(nextFlagAfter(replay.flags, sec(100))).toBeNull();
    expect(previousFlagBefore(replay.flags, sec(100))?.kind).toBe('checkin_late');
    expect(replay.flags[1]?.eventId).toBe(findEvent(log.events, 'hold.checkin_done').id);
    expect(replay.flags).toEqual(callFlags(reduceCall(log.events)));
  });

  it('a prefix that starts with a stray event of another call folds like reduceCall of that prefix', () => {
    const log = callLog();
    log.at(0).add('note.added', { noteId: '00000000-0000-7000-8000-0000000f0001', body: 'stray' });
    const stray = { ...log.last(), callId: OTHER_CALL_ID };
    const main = started(callLog().at(5 * SECOND));
    const events = [stray, ...main.events];
    const index = buildReplayIndex(events, { every: 1 });
    expect(stateAt(index, T0)).toEqual(reduceCall([stray]));
    expect(stateAt(index, sec(5))).toEqual(reduceCall(events));
  });
});
