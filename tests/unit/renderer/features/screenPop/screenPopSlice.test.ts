import { describe, expect, it } from 'vitest';
import { flush, historyOf, IDS, NUMBER } from '../../fakeApi.js';
import { fakeStore } from '../../fakeStore.js';

describe('screen pop slice', () => {
  it('shows the history for match one, with the number as the backend wrote it', async () => {
    const { fake, state } = fakeStore();
    const done = state().lookup('415.555.2671');
    expect(state().screen.kind).toBe('loading');
    expect(fake.pending('screenPop.lookup')[0]?.input).toEqual({ number: '415.555.2671' });
    const history = historyOf(IDS.ann, 'Ann Lee');
    fake.pending('screenPop.lookup')[0]?.resolve({ ok: true, value: { number: NUMBER, match: 'one', candidates: [], history } });
    await done;
    expect(state().screen).toEqual({ kind: 'history', history, number: NUMBER });
    expect(state().numberText).toBe('(415) 555-2671');
    expect(state().focusRequest?.target).toBe('history');
  });

  it('lists the candidates for match many and picks nobody by itself', async () => {
    const { fake, state } = fakeStore();
    const done = state().lookup('4155552671');
    const candidates = [
      { id: IDS.ann, name: 'Ann Lee', phones: ['(415) 555-2671'], openCaseCount: 1, lastCallAt: null },
      { id: IDS.bob, name: 'Bob Lee', phones: ['(415) 555-2671'], openCaseCount: 0, lastCallAt: null },
    ];
    fake.pending('screenPop.lookup')[0]?.resolve({ ok: true, value: { number: NUMBER, match: 'many', candidates, history: null } });
    await done;
    expect(state().screen).toEqual({ kind: 'pick', number: NUMBER, candidates });
    expect(fake.pending('customers.history')).toHaveLength(0);
    expect(state().focusRequest?.target).toBe('picker');

    state().movePick(1);
    expect(state().pickActive).toBe(1);
    state().movePick(1);
    expect(state().pickActive).toBe(0); // wraps

    const picked = state().pickCandidate(1);
    expect(fake.pending('customers.history')[0]?.input).toEqual({ customerId: IDS.bob });
    const history = historyOf(IDS.bob, 'Bob Lee');
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: history });
    await picked;
    expect(state().screen).toEqual({ kind: 'history', history, number: NUMBER });
  });

  it('opens the new-customer form for match none', async () => {
    const { fake, state } = fakeStore();
    const done = state().lookup('+1 415 555 2671');
    fake.pending('screenPop.lookup')[0]?.resolve({ ok: true, value: { number: NUMBER, match: 'none', candidates: [], history: null } });
    await done;
    expect(state().screen).toEqual({ kind: 'new', number: NUMBER });
    expect(state().focusRequest?.target).toBe('newName');
  });

  it('shows the backend message for a malformed number and clears the previous caller', async () => {
    const { fake, state } = fakeStore();
    const first = state().lookup('4155552671');
    fake.pending('screenPop.lookup')[0]?.resolve({
      ok: true,
      value: { number: NUMBER, match: 'one', candidates: [], history: historyOf(IDS.ann, 'Ann Lee') },
    });
    await first;
    const done = state().lookup('12');
    fake.pending('screenPop.lookup')[1]?.resolve({ ok: false, error: { code: 'INVALID_PHONE', message: '"12" is not a valid phone number.' } });
    await done;
    expect(state().lookupError).toBe('"12" is not a valid phone number.');
    expect(state().screen).toEqual({ kind: 'idle' });
    expect(state().numberText).toBe('12'); // left as typed, to fix
    state().setNumberText('123');
    expect(state().lookupError).toBeNull();
  });

  it('drops a slow answer for an earlier number', async () => {
    const { fake, state } = fakeStore();
    const first = state().lookup('111');
    const second = state().lookup('222');
    const [a, b] = fake.pending('screenPop.lookup');
    const historyB = historyOf(IDS.bob, 'Bob Lee');
    b?.resolve({ ok: true, value: { number: NUMBER, match: 'one', candidates: [], history: historyB } });
    await second;
    a?.resolve({ ok: true, value: { number: NUMBER, match: 'one', candidates: [], history: historyOf(IDS.ann, 'Ann Lee') } });
    await first;
    expect(state().screen).toMatchObject({ kind: 'history', history: historyB });
  });

  it('creates a customer, sends a stable id and only filled phones, then shows the new history', async () => {
    const { fake, state } = fakeStore();
    const pop = state().lookup('4155552671');
    fake.pending('screenPop.lookup')[0]?.resolve({ ok: true, value: { number: NUMBER, match: 'none', candidates: [], history: null } });
    await pop;
    const form = { id: IDS.ann, name: 'Ann Lee', email: ' ', phones: ['(415) 555-2671', '  '] };
    const created = state().createCustomer(form);
    expect(state().newCustomer.pending).toBe(true);
    // A second Enter while the first is in flight sends nothing more.
    expect(await state().createCustomer(form)).toBe(false);
    expect(fake.pending('customers.create')).toHaveLength(1);
    expect(fake.pending('customers.create')[0]?.input).toEqual({ id: IDS.ann, name: 'Ann Lee', phones: ['(415) 555-2671'] });
    const history = historyOf(IDS.ann, 'Ann Lee');
    fake.pending('customers.create')[0]?.resolve({ ok: true, value: { customer: history.customer } });
    await flush();
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: history });
    expect(await created).toBe(true);
    expect(state().screen).toEqual({ kind: 'history', history, number: NUMBER });
  });

  it('puts the backend errors under their fields, mapping phone rows past blank ones', async () => {
    const { fake, state } = fakeStore();
    const pop = state().lookup('4155552671');
    fake.pending('screenPop.lookup')[0]?.resolve({ ok: true, value: { number: NUMBER, match: 'none', candidates: [], history: null } });
    await pop;
    const created = state().createCustomer({ id: IDS.ann, name: '', email: 'x@', phones: ['', '(415) 555-2671', 'abc'] });
    fake.pending('customers.create')[0]?.resolve({
      ok: false,
      error: { code: 'BAD_INPUT', message: "name: Enter the caller's name. phones.1: \"abc\" has characters a phone number cannot have." },
    });
    expect(await created).toBe(false);
    expect(state().newCustomer.errors.fields).toEqual({
      name: "Enter the caller's name.",
      'phones.2': '"abc" has characters a phone number cannot have.',
    });
    expect(state().screen.kind).toBe('new');
  });
});

describe('screen pop from outside', () => {
  it('runs the same lookup for a screenPop.requested event', async () => {
    const { wireEvents } = await import('../../../../../renderer/app/wireEvents.js');
    const { fake, store, state } = fakeStore();
    const off = wireEvents(fake.api, { get: () => ({ state: 'online', detail: null }), subscribe: () => () => {} }, store);
    fake.emit('screenPop.requested', { number: '+14155552671', source: 'link' });
    expect(fake.pending('screenPop.lookup')[0]?.input).toEqual({ number: '+14155552671' });
    expect(state().popSource).toBe('link');
    expect(state().numberText).toBe('+14155552671');
    off();
  });
});
