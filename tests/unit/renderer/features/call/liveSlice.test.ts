import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../../../core/api/schemas/call.js';
import { createAppStore } from '../../../../../renderer/app/store.js';
import { wireEvents } from '../../../../../renderer/app/wireEvents.js';
import { ALWAYS_ONLINE } from '../../../../../renderer/api/connection.js';
import type { Alerts } from '../../../../../renderer/shared/alerts.js';
import { createDrafts } from '../../../../../renderer/shared/drafts.js';
import { CALL_ID, CUSTOMER_ID, snapshotOf, startedLog, T0, viewOf } from '../../callViews.js';
import { fakeApi, flush, historyOf, NUMBER } from '../../fakeApi.js';

function fakeAlerts() {
  const log: string[] = [];
  const alerts: Alerts = {
    sound: (tone) => void log.push(`sound:${tone}`),
    notify: (title) => void log.push(`notify:${title}`),
    askPermission: () => void log.push('ask'),
    unlock: () => {},
  };
  return { alerts, log };
}

/** A store on the history screen of Ann Lee, the local clock 5 s behind the backend's. */
function setup() {
  const fake = fakeApi();
  const { alerts, log } = fakeAlerts();
  const drafts = createDrafts(null);
  let local = T0 - 5000;
  const store = createAppStore({ api: fake.api, now: () => local, alerts, drafts });
  const history = historyOf(CUSTOMER_ID, 'Ann Lee');
  store.getState().beginNav({ kind: 'history', history, number: NUMBER });
  return { fake, store, state: () => store.getState(), alerts: log, drafts, history, setLocal: (t: number) => (local = t) };
}

async function started(s: ReturnType<typeof setup>, view: CallView = viewOf(startedLog().events, T0)) {
  const done = s.state().startCall({ callId: CALL_ID, customerId: CUSTOMER_ID, caseId: null, phone: '+14155552671', scriptId: 'heard' });
  s.fake.pending('call.start')[0]?.resolve({ ok: true, value: view });
  await done;
}

describe('starting a call', () => {
  it('sends the start with the dialog’s call id, shows the call with the history beside it, and times on the backend clock', async () => {
    const s = setup();
    await started(s);
    expect(s.fake.pending('call.start')[0]?.input).toEqual({
      callId: CALL_ID,
      customerId: CUSTOMER_ID,
      caseId: null,
      phone: '+14155552671',
      direction: 'inbound',
      scriptId: 'heard',
    });
    expect(s.state().call?.callId).toBe(CALL_ID);
    expect(s.state().screen).toEqual({ kind: 'call' });
    expect(s.state().callHistory).toBe(s.history);
    expect(s.state().callClockOffsetMs).toBe(5000);
    expect(s.state().callNow()).toBe(T0);
    // Asked once, at a moment the rep pressed a key.
    expect(s.alerts).toEqual(['ask']);
  });

  it('shows the backend’s refusal in the dialog and stays on the history', async () => {
    const s = setup();
    const done = s.state().startCall({ callId: CALL_ID, customerId: CUSTOMER_ID, caseId: null, newCaseSubject: 'x', phone: '', scriptId: 'heard' });
    s.fake.pending('call.start')[0]?.resolve({ ok: false, error: { code: 'BAD_INPUT', message: 'The case subject is empty.' } });
    expect(await done).toBe(false);
    expect(s.state().startError).toBe('The case subject is empty.');
    expect(s.state().screen.kind).toBe('history');
  });
});

describe('recording events', () => {
  it('makes the event id, sends writes one at a time in key order, and takes each answer’s CallView', async () => {
    const s = setup();
    await started(s);
    const a = s.state().record({ type: 'hold.permission_answered', granted: true });
    const b = s.state().record({ type: 'hold.started' });
    await flush();
    const sent = s.fake.pending('call.record');
    expect(sent).toHaveLength(1);
    const first = sent[0]?.input as { callId: string; event: { id: string; type: string } };
    expect(first.callId).toBe(CALL_ID);
    expect(first.event).toMatchObject({ type: 'hold.permission_answered', granted: true });
    expect(first.event.id).toMatch(/^[0-9a-f-]{36}$/);
    const log = startedLog().at(1000).add('hold.permission_answered', { granted: true });
    sent[0]?.resolve({ ok: true, value: viewOf(log.events, T0 + 1000) });
    await a;
    expect(s.state().call?.events).toHaveLength(2);
    await flush();
    expect(s.fake.pending('call.record')).toHaveLength(2);
    s.fake.pending('call.record')[1]?.resolve({ ok: false, error: { code: 'CONFLICT', message: 'This call has ended.' } });
    expect((await b).ok).toBe(false);
    expect(s.state().callError?.message).toBe('This call has ended.');
  });

  it('keeps a retried id, and a quiet write leaves the error to its dialog', async () => {
    const s = setup();
    await started(s);
    const r = s.state().record({ id: '019a0000-0000-7000-8000-000000000001', type: 'note.added', body: 'x' }, { quiet: true });
    await flush();
    expect((s.fake.pending('call.record')[0]?.input as { event: { id: string } }).event.id).toBe('019a0000-0000-7000-8000-000000000001');
    s.fake.pending('call.record')[0]?.resolve({ ok: false, error: { code: 'INCOMPLETE', message: 'Closing items missing.' } });
    await r;
    expect(s.state().callError).toBeNull();
  });

  it('shows the call the answer describes, folded by core’s view, on the backend’s clock', async () => {
    const s = setup();
    await started(s);
    const r = s.state().record({ type: 'step.checked', stepId: 'listen' });
    await flush();
    const grown = startedLog().at(10).add('step.checked', { stepId: 'listen' }).events;
    s.fake.pending('call.record')[0]?.resolve({ ok: true, value: snapshotOf(grown, T0 + 5_000) });
    const result = await r;
    expect(result.ok && result.value.state.checked.map((c) => c.stepId)).toEqual(['listen']);
    expect(s.state().call?.state.checked.map((c) => c.stepId)).toEqual(['listen']);
    expect(s.state().call?.hold.onHold).toBe(false);
    // The local clock stands at T0 - 5 s throughout: the offset is the backend's lead on it.
    expect(s.state().callClockOffsetMs).toBe(10_000);
  });
});

describe('reload and the end of a call', () => {
  it('comes back to an open call at start, and loads the caller’s history beside it', async () => {
    const s = setup();
    s.state().resetScreen();
    const done = s.state().resumeActiveCall();
    s.fake.pending('call.active')[0]?.resolve({ ok: true, value: { call: viewOf(startedLog().events, T0) } });
    await done;
    expect(s.state().screen).toEqual({ kind: 'call' });
    expect(s.fake.pending('customers.history')[0]?.input).toEqual({ customerId: CUSTOMER_ID });
    s.fake.pending('customers.history')[0]?.resolve({ ok: true, value: s.history });
    await flush();
    expect(s.state().callHistory).toBe(s.history);
  });

  it('on call.ended, forgets the drafts and pops the caller’s history again, which now holds the call', async () => {
    const s = setup();
    await started(s);
    s.state().setDraft('note', 'half a sentence');
    const ended = startedLog().at(1000).add('call.ended');
    s.state().acceptCall(snapshotOf(ended.events, T0 + 1000), T0);
    expect(s.state().call).toBeNull();
    expect(s.drafts.get(CALL_ID, 'note')).toBe('');
    expect(s.state().lastEnded).toEqual({ callId: CALL_ID, customerId: CUSTOMER_ID, customerName: 'Ann Lee' });
    expect(s.fake.pending('customers.history').at(-1)?.input).toEqual({ customerId: CUSTOMER_ID });
  });
});

describe('hold prompts and pushed events', () => {
  it('sounds and notifies once per prompt, whether the push or the tick sees it first, and reads nothing again', async () => {
    const s = setup();
    wireEvents(s.fake.api, ALWAYS_ONLINE, s.store);
    const log = startedLog().at(1000).add('hold.started', { withPermission: false });
    await started(s, viewOf(log.events, T0 + 1000));
    s.fake.emit('hold.prompt', { callId: CALL_ID, kind: 'checkin_due', checkinNumber: 1, dueAt: T0 + 31_000, firedAt: T0 + 31_000 });
    expect(s.alerts.filter((a) => a.startsWith('sound'))).toEqual(['sound:due']);
    expect(s.alerts).toContain('notify:Check in with Ann Lee now');
    // The timer's record of the prompt comes as call.changed, with the call: no re-read.
    expect(s.fake.pending('call.get')).toHaveLength(0);
    // The prompt says the backend's clock: the screen times the hold by it (local clock at T0 - 5 s).
    expect(s.state().callClockOffsetMs).toBe(36_000);
    // The UI's tick reaches the same prompt: no second sound.
    s.state().fireHoldAlert('checkin_due', `${CALL_ID}|${T0 + 1000}|checkin_due|1`);
    s.fake.emit('hold.prompt', { callId: CALL_ID, kind: 'checkin_late', checkinNumber: 1, dueAt: T0 + 46_000, firedAt: T0 + 46_000 });
    expect(s.alerts.filter((a) => a.startsWith('sound'))).toEqual(['sound:due', 'sound:late']);
    // Another call's prompt is not ours.
    s.fake.emit('hold.prompt', { callId: '019a0000-0000-7000-8000-0000000000ff', kind: 'checkin_due', checkinNumber: 1, dueAt: 0, firedAt: 0 });
    expect(s.alerts.filter((a) => a.startsWith('sound'))).toHaveLength(2);
  });

  it('shows the call pushed when its log grows elsewhere without reading it again, and raises a banner for a promise falling due', async () => {
    const s = setup();
    wireEvents(s.fake.api, ALWAYS_ONLINE, s.store);
    await started(s);
    const grown = startedLog().at(2000).add('note.added', { noteId: '019a0000-0000-7000-8000-0000000000a1', body: 'From the other window' });
    s.fake.emit('call.changed', { callId: CALL_ID, call: snapshotOf(grown.events, T0 + 2000) });
    expect(s.fake.pending('call.get')).toHaveLength(0);
    expect(s.state().call?.state.notes.map((n) => n.body)).toEqual(['From the other window']);
    const commitment = {
      id: '019a0000-0000-7000-8000-0000000000c0',
      customerId: CUSTOMER_ID,
      caseId: null,
      caseNumber: null,
      description: 'Call Ann back',
      owner: 'Dana Rep',
      dueAt: T0,
      status: 'open' as const,
      overdue: false,
      customerName: 'Ann Lee',
    };
    s.fake.emit('commitment.due', { commitment });
    expect(s.state().dueAlerts).toEqual([commitment]);
    expect(s.alerts).toContain('sound:commitment');
    s.state().dismissDueAlert(commitment.id);
    expect(s.state().dueAlerts).toEqual([]);
  });
});

describe('a late answer about a call already left', () => {
  it('is ignored: the history keeps the number it was popped with', async () => {
    const s = setup();
    await started(s);
    const ended = snapshotOf(startedLog().at(1000).add('call.ended').events, T0 + 1000);
    s.state().acceptCall(ended, T0);
    const opened = s.fake.pending('customers.history').length;
    // The same ended call pushed again (call.changed after the answer) arrives after the rep left it.
    s.state().acceptCall(ended, T0);
    expect(s.fake.pending('customers.history')).toHaveLength(opened);
    s.fake.pending('customers.history').at(-1)?.resolve({ ok: true, value: s.history });
    await flush();
    expect(s.state().screen).toMatchObject({ kind: 'history', number: NUMBER });
  });
});
