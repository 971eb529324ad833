import { afterEach, describe, expect, it } from 'vitest';
import { callHarness, type CallHarness } from '../calls/callHarness.js';

// The backend's hold timer on a ManualClock: time moves only when the test says, and every
// timer runs at its exact due time, so "fires at 30 000 ms, not at 29 999" is testable.

let h: CallHarness;
afterEach(() => h?.close());

/**
 * A call with the caller put on hold (asked and granted) at `holdAt`, a second between
 * actions as a rep takes them. (Events recorded in the same millisecond are stamped a
 * millisecond apart, which would put the call's time a little ahead of the test clock.)
 */
async function onHold(harness: CallHarness) {
  const view = await harness.startCall();
  harness.clock.advance(1_000);
  await harness.record(view.callId, { type: 'hold.permission_asked' });
  harness.clock.advance(1_000);
  await harness.record(view.callId, { type: 'hold.permission_answered', granted: true });
  harness.clock.advance(1_000);
  const held = await harness.record(view.callId, { type: 'hold.started' });
  expect(held.hold.startedAt).toBe(harness.clock.now());
  return { callId: view.callId, holdAt: held.hold.startedAt! };
}

const kinds = (harness: CallHarness) => harness.prompts().map((p) => `${p.kind}${p.checkinNumber ?? ''}`);

describe('hold prompts', () => {
  it('prompts the first check-in at exactly 30 000 ms, escalates at 45 000, and records the prompt in the log', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.clock.advance(29_999);
    expect(h.prompts()).toEqual([]);
    h.clock.advance(1);
    expect(h.prompts()).toEqual([{ callId, kind: 'checkin_due', checkinNumber: 1, dueAt: holdAt + 30_000, firedAt: holdAt + 30_000 }]);
    const view = await h.view(callId);
    expect(view.events.at(-1)).toMatchObject({ type: 'hold.checkin_due', n: 1, at: holdAt + 30_000 });
    expect(view.hold.prompt).toBe('due');
    expect(h.events.filter((e) => e.name !== 'sync.changed').at(-1)).toEqual({ name: 'call.changed', payload: { callId, call: await h.ok('call.get', { callId }) } });

    h.clock.advance(14_999);
    expect(kinds(h)).toEqual(['checkin_due1']);
    h.clock.advance(1);
    expect(h.prompts().at(-1)).toEqual({ callId, kind: 'checkin_late', checkinNumber: 1, dueAt: holdAt + 45_000, firedAt: holdAt + 45_000 });
    expect((await h.view(callId)).hold.prompt).toBe('escalated');
    // Nothing more until the rep checks in.
    h.clock.advance(30_000);
    expect(kinds(h)).toEqual(['checkin_due1', 'checkin_late1']);
  });

  it('counts the next check-in from the last one (+45 s), and offers a callback at 120 s of hold in total', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.clock.advance(30_000);
    h.clock.advance(10_000);
    const checked = await h.record(callId, { type: 'hold.checkin_done' });
    const checkinAt = checked.events.at(-1)!.at;
    expect(checked.hold).toMatchObject({ prompt: 'none', checkinNumber: 2, checkinDueAt: checkinAt + 45_000 });
    h.clock.advance(44_999);
    expect(kinds(h)).toEqual(['checkin_due1']);
    h.clock.advance(1);
    expect(h.prompts().at(-1)).toMatchObject({ kind: 'checkin_due', checkinNumber: 2, firedAt: checkinAt + 45_000 });
    await h.record(callId, { type: 'hold.checkin_done' });
    h.clock.advance(holdAt + 120_000 - h.clock.now() - 1);
    expect(kinds(h)).not.toContain('offer_callback');
    h.clock.advance(1);
    expect(h.prompts().at(-1)).toEqual({ callId, kind: 'offer_callback', checkinNumber: null, dueAt: holdAt + 120_000, firedAt: holdAt + 120_000 });
    expect((await h.view(callId)).hold.callback).toBe('offer');
    const offered = await h.record(callId, { type: 'hold.callback_offered' });
    expect(offered.hold.callback).toBe('offered');
    // The hold goes on; check-ins still prompt, the callback is not offered again.
    h.clock.advance(60_000);
    expect(kinds(h).filter((k) => k === 'offer_callback')).toHaveLength(1);
  });

  it('stops prompting when the hold ends, the caller is transferred or the call ends', async () => {
    h = callHarness();
    const { callId } = await onHold(h);
    h.clock.advance(10_000);
    await h.record(callId, { type: 'hold.ended' });
    h.clock.advance(200_000);
    expect(h.prompts()).toEqual([]);
    await h.record(callId, { type: 'hold.started' });
    await h.record(callId, { type: 'transfer', to: 'Billing team' });
    h.clock.advance(200_000);
    expect(h.prompts()).toEqual([]);
    expect(h.clock.pending()).toBe(0);
  });

  it('applies a settings change to holds at once: a shorter first check-in fires when it is due', async () => {
    h = callHarness();
    expect(await h.ok('settings.get', {})).toEqual({ firstCheckinSec: 30, checkinIntervalSec: 45 });
    const { callId, holdAt } = await onHold(h);
    h.clock.advance(10_000);
    expect(await h.ok('settings.update', { firstCheckinSec: 15 })).toEqual({ firstCheckinSec: 15, checkinIntervalSec: 45 });
    h.clock.advance(4_999);
    expect(h.prompts()).toEqual([]);
    h.clock.advance(1);
    expect(h.prompts()).toEqual([expect.objectContaining({ callId, kind: 'checkin_due', dueAt: holdAt + 15_000 })]);
    expect((await h.view(callId)).hold.checkinDueAt).toBe(holdAt + 15_000);
    // Longer again: the check-in already prompted is not prompted twice.
    await h.ok('settings.update', { firstCheckinSec: 60, checkinIntervalSec: 30 });
    h.clock.advance(44_000);
    expect(kinds(h)).toEqual(['checkin_due1']);
    // Settings are stored: a new backend on the same file reads them.
    h.reopen();
    expect(await h.ok('settings.get', {})).toEqual({ firstCheckinSec: 60, checkinIntervalSec: 30 });
    expect(await h.fails('settings.update', { firstCheckinSec: 5 })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/15 to 60 seconds/) });
  });
});

describe('restart mid-hold', () => {
  it('re-arms from the store: a prompt whose time passed while the app was down fires at once, once', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.clock.advance(20_000);
    h.reopen(15_000); // down from 20 s to 35 s: the check-in fell due at 30 s
    expect(h.prompts()).toEqual([]); // not before the host has had a chance to listen
    h.clock.advance(0);
    expect(h.prompts()).toEqual([expect.objectContaining({ callId, kind: 'checkin_due', checkinNumber: 1, dueAt: holdAt + 30_000, firedAt: holdAt + 35_000 })]);
    h.clock.advance(1_000);
    h.reopen();
    h.clock.advance(0);
    expect(kinds(h)).toEqual(['checkin_due1']);
    expect((await h.view(callId)).events.filter((e) => e.type === 'hold.checkin_due')).toHaveLength(1);
    // The late mark still fires on time after the restart.
    h.clock.advance(holdAt + 45_000 - h.clock.now());
    expect(kinds(h)).toEqual(['checkin_due1', 'checkin_late1']);
  });

  it('announces a check-in that is already late as late only, and keeps prompting on time afterwards', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.reopen(50_000);
    h.clock.advance(0);
    expect(h.prompts()).toEqual([expect.objectContaining({ callId, kind: 'checkin_late', checkinNumber: 1, dueAt: holdAt + 45_000 })]);
    const view = await h.view(callId);
    expect(view.events.filter((e) => e.type === 'hold.checkin_due')).toHaveLength(1);
    expect(view.hold.prompt).toBe('escalated');
  });
});

describe('the call clock', () => {
  it('keeps events ordered and durations non-negative when the wall clock jumps back or forward mid-call', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.clock.advance(5_000);
    h.clock.jumpWall(-3_600_000); // an hour back (NTP, a user changing the time)
    const back = await h.record(callId, { type: 'note.added', body: 'still researching' });
    expect(back.events.at(-1)!.at).toBe(holdAt + 5_000);
    expect(back.now).toBe(holdAt + 5_000);
    expect(back.hold.stats.totalMs).toBe(5_000);
    h.clock.jumpWall(7_200_000); // and two hours forward
    h.clock.advance(5_000);
    const forward = await h.record(callId, { type: 'hold.ended' });
    const ats = forward.events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    expect(forward.hold.stats).toMatchObject({ count: 1, totalMs: 10_000, longestMs: 10_000 });
    // The prompt at 30 s was never reached: ten seconds of hold, whatever the wall said.
    expect(h.prompts()).toEqual([]);
  });

  it('never stamps an event before the log\'s last one after a restart with the wall clock behind it', async () => {
    h = callHarness();
    const { callId, holdAt } = await onHold(h);
    h.clock.jumpWall(-600_000);
    h.reopen();
    const view = await h.record(callId, { type: 'hold.checkin_done' });
    expect(view.events.at(-1)!.at).toBeGreaterThan(holdAt);
    expect(view.hold.stats.totalMs).toBeGreaterThanOrEqual(0);
  });
});
