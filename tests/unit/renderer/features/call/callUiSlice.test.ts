import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../../../core/call/events.js';
import { createAppStore } from '../../../../../renderer/app/store.js';
import { CUSTOMER_ID, snapshotOf, startedLog, T0, viewOf } from '../../callViews.js';
import { fakeApi, flush, historyOf, NUMBER } from '../../fakeApi.js';

/** A store with a call open; each write is answered with the log plus that event. */
function withCall(events: CallEvent[] = startedLog().events) {
  const fake = fakeApi();
  const store = createAppStore({ api: fake.api, now: () => T0 });
  const log = [...events];
  store.getState().acceptCall(snapshotOf(log, T0), T0);
  store.getState().beginNav({ kind: 'call' });
  let answered = 0;
  /** Answers every write sent so far, in order, as the backend would. */
  async function answerAll() {
    for (let i = 0; i < 10; i++) {
      await flush();
      const pending = fake.pending('call.record').slice(answered);
      if (pending.length === 0) return;
      for (const p of pending) {
        const e = (p.input as { event: CallEvent & { type: string } }).event;
        const at = T0 + 1000 * (log.length + 1);
        const full = { ...e, callId: log[0]!.callId, at, ...(e.type === 'hold.started' ? { withPermission: true } : {}) } as CallEvent;
        log.push(full);
        p.resolve({ ok: true, value: viewOf(log, at) });
        answered += 1;
      }
    }
  }
  const sentTypes = () => fake.pending('call.record').map((p) => (p.input as { event: { type: string } }).event.type);
  return { fake, store, state: () => store.getState(), answerAll, sentTypes };
}

describe('the hold key', () => {
  it('asks permission first, then Y records the answer and starts the hold, then it resumes', async () => {
    const c = withCall();
    c.state().runLiveAction({ kind: 'hold' });
    await c.answerAll();
    expect(c.sentTypes()).toEqual(['hold.permission_asked']);
    expect(c.state().focusRequest?.target).toBe('holdAsk');
    // Pressing the key again while the question is open only goes back to it.
    c.state().runLiveAction({ kind: 'hold' });
    await c.answerAll();
    expect(c.sentTypes()).toEqual(['hold.permission_asked']);

    const answering = c.state().answerHoldPermission(true);
    await c.answerAll();
    await answering;
    expect(c.sentTypes()).toEqual(['hold.permission_asked', 'hold.permission_answered', 'hold.started']);
    expect(c.state().call?.state.phase).toBe('on_hold');
    expect(c.state().focusRequest?.target).toBe('notes');

    c.state().runLiveAction({ kind: 'checkin' });
    c.state().runLiveAction({ kind: 'hold' });
    await c.answerAll();
    expect(c.sentTypes().slice(3)).toEqual(['hold.checkin_done', 'hold.ended']);
  });

  it('a "no" starts nothing; a hold without permission needs its own explicit confirm', async () => {
    const c = withCall();
    c.state().runLiveAction({ kind: 'hold' });
    await c.answerAll();
    const answering = c.state().answerHoldPermission(false);
    await c.answerAll();
    await answering;
    expect(c.sentTypes()).toEqual(['hold.permission_asked', 'hold.permission_answered']);
    expect(c.state().runLiveAction({ kind: 'checkin' })).toBe(false);

    c.state().runLiveAction({ kind: 'holdNoPermission' });
    expect(c.state().callPanel).toBe('holdNoPermission');
    await c.answerAll();
    expect(c.sentTypes()).toHaveLength(2);
    const confirming = c.state().holdWithoutPermission();
    await c.answerAll();
    await confirming;
    expect(c.sentTypes().at(-1)).toBe('hold.started');
    expect(c.state().callPanel).toBe('none');
  });

  it('offers a callback by logging the offer and opening the promise form for it', async () => {
    const c = withCall(startedLog().at(1000).add('hold.started', { withPermission: true }).events);
    c.state().runLiveAction({ kind: 'callback' });
    await c.answerAll();
    expect(c.sentTypes()).toEqual(['hold.callback_offered']);
    expect(c.state().callPanel).toBe('promise');
    expect(c.state().promisePreset).toBe('callback');
  });
});

describe('the other live keys', () => {
  it('ticks and unticks a step by its digit, and ignores a digit with no step', async () => {
    const c = withCall();
    c.state().runLiveAction({ kind: 'step', key: 2 });
    await c.answerAll();
    c.state().runLiveAction({ kind: 'step', key: 2 });
    c.state().runLiveAction({ kind: 'step', key: 9 });
    await c.answerAll();
    const events = c.fake.pending('call.record').map((p) => (p.input as { event: { type: string; stepId?: string } }).event);
    expect(events.map((e) => [e.type, e.stepId])).toEqual([
      ['step.checked', 'empathize'],
      ['step.unchecked', 'empathize'],
    ]);
  });

  it('opens dialogs, moves the keyboard, and asks the case number to copy itself', () => {
    const c = withCall();
    c.state().runLiveAction({ kind: 'wrapUp' });
    expect(c.state().callPanel).toBe('wrapUp');
    c.state().runLiveAction({ kind: 'notes' });
    expect(c.state().callPanel).toBe('none');
    expect(c.state().focusRequest?.target).toBe('notes');
    c.state().runLiveAction({ kind: 'closing' });
    expect(c.state().focusRequest?.target).toBe('closing');
    const before = c.state().copyRequest;
    c.state().runLiveAction({ kind: 'copyCase' });
    expect(c.state().copyRequest).toBe(before + 1);
  });

  it('brings the call back when the rep left it to look something up', () => {
    const c = withCall();
    c.state().beginNav({ kind: 'idle' });
    c.state().runLiveAction({ kind: 'notes' });
    expect(c.state().screen).toEqual({ kind: 'call' });
  });

  it('an async save closes only its own dialog, never one opened since', () => {
    const c = withCall();
    c.state().openPanel('wrapUp');
    c.state().closePanel('promise');
    expect(c.state().callPanel).toBe('wrapUp');
    c.state().closePanel();
    expect(c.state().callPanel).toBe('none');
  });
});

describe('without a call', () => {
  it('Alt+S opens the start dialog on a caller’s history; the call keys do nothing elsewhere', () => {
    const fake = fakeApi();
    const store = createAppStore({ api: fake.api, now: () => T0 });
    const s = () => store.getState();
    expect(s().runLiveAction({ kind: 'hold' })).toBe(false);
    expect(s().runLiveAction({ kind: 'startCall' })).toBe(false);
    s().beginNav({ kind: 'history', history: historyOf(CUSTOMER_ID, 'Ann Lee'), number: NUMBER });
    expect(s().runLiveAction({ kind: 'startCall' })).toBe(true);
    expect(s().callPanel).toBe('start');
    expect(fake.calls).toHaveLength(0);
  });

  it('F1 toggles the help and Alt+D opens the promises due from anywhere', () => {
    const fake = fakeApi();
    const store = createAppStore({ api: fake.api, now: () => T0 });
    store.getState().runLiveAction({ kind: 'help' });
    expect(store.getState().helpOpen).toBe(true);
    store.getState().runLiveAction({ kind: 'dueList' });
    expect(store.getState().helpOpen).toBe(false);
    expect(store.getState().dueOpen).toBe(true);
    expect(fake.pending('commitments.due')).toHaveLength(1);
  });
});
