import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../../core/api/client.js';
import { createBridge, type IpcRendererLike } from '../../../../electron/preload/bridge.js';
import { IPC_CHANNELS as CHANNELS } from '../../../../core/api/wire.js';

type Listener = Parameters<IpcRendererLike['on']>[1];

/** ipcRenderer as far as the bridge uses it, wired to an answer function. */
function fakeIpc(answer: (name: unknown, input: unknown) => Promise<unknown>) {
  const invoked: unknown[][] = [];
  const sent: unknown[][] = [];
  const listeners = new Set<Listener>();
  const ipc: IpcRendererLike = {
    invoke: (channel, ...args) => {
      invoked.push([channel, ...args]);
      return answer(args[0], args[1]);
    },
    send: (channel, ...args) => void sent.push([channel, ...args]),
    on: (channel, listener) => (channel === CHANNELS.event ? listeners.add(listener) : undefined),
    removeListener: (_channel, listener) => listeners.delete(listener),
  };
  const push = (message: unknown) => {
    for (const listener of listeners) listener({ sender: 'secret' }, message);
  };
  return { ipc, invoked, sent, listeners, push };
}

describe('createBridge', () => {
  it('is an ApiClient', () => {
    const bridge: ApiClient = createBridge(fakeIpc(() => Promise.resolve(null)).ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on']);
  });

  it('sends a known command over heard:call and returns the result', async () => {
    const { ipc, invoked } = fakeIpc((_name, input) => Promise.resolve({ ok: true, value: input }));
    const result = await createBridge(ipc).call('search.query', { text: 'smith' });
    expect(result).toEqual({ ok: true, value: { text: 'smith' } });
    expect(invoked).toEqual([[CHANNELS.call, 'search.query', { text: 'smith' }]]);
  });

  it('refuses a name that is not even shaped like a command locally, sending nothing; main judges the rest', async () => {
    const { ipc, invoked } = fakeIpc(() => Promise.resolve({ ok: false, error: { code: 'UNKNOWN_COMMAND', message: 'Unknown command "db.dropAll".' } }));
    const bridge = createBridge(ipc);
    // The renderer is typed, so only a cast (or a hostile script) can get here.
    for (const name of ['db', 'call.record; drop', { toString: 0 }]) {
      const result = await bridge.call(name as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    }
    expect(invoked).toEqual([]);
    // Well-formed but not in the contract: main's relay (which holds the list) refuses it.
    expect(await bridge.call('db.dropAll' as never, {} as never)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(invoked).toEqual([[CHANNELS.call, 'db.dropAll', {}]]);
  });

  it('turns a failed invoke into UNAVAILABLE, and an unreadable answer into INTERNAL', async () => {
    const rejected = await createBridge(fakeIpc(() => Promise.reject(new Error('no handler'))).ipc).call('app.info', {});
    expect(rejected).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    const garbage = await createBridge(fakeIpc(() => Promise.resolve('what')).ipc).call('app.info', {});
    expect(garbage).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers only the payload of the subscribed event, and tells main it listens', () => {
    const { ipc, sent, push } = fakeIpc(() => Promise.resolve(null));
    const got: unknown[] = [];
    createBridge(ipc).on('screenPop.requested', (payload) => got.push(payload));
    push({ event: 'screenPop.requested', payload: { number: '+14155552671', source: 'link' } });
    push({ event: 'something.else', payload: 1 });
    push('not an event');
    push(null);
    expect(got).toEqual([{ number: '+14155552671', source: 'link' }]);
    expect(sent).toEqual([[CHANNELS.subscribe, 'screenPop.requested']]);
  });

  it('unsubscribes', () => {
    const { ipc, listeners, push } = fakeIpc(() => Promise.resolve(null));
    const got: unknown[] = [];
    const off = createBridge(ipc).on('screenPop.requested', (payload) => got.push(payload));
    off();
    push({ event: 'screenPop.requested', payload: {} });
    expect(got).toEqual([]);
    expect(listeners.size).toBe(0);
  });

  it('refuses an event name not shaped like one (main ignores well-formed unknown ones)', () => {
    const { ipc, listeners, sent } = fakeIpc(() => Promise.resolve(null));
    expect(() => createBridge(ipc).on('db' as never, () => {})).toThrow(/Unknown event/);
    expect(() => createBridge(ipc).on(7 as never, () => {})).toThrow(/Unknown event/);
    expect(listeners.size).toBe(0);
    expect(sent).toEqual([]);
  });
});
