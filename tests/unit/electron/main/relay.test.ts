import { describe, expect, it } from 'vitest';
import type { CommandName } from '../../../../core/api/commands.js';
import type { Result } from '../../../../core/api/result.js';
import { IPC_CHANNELS as CHANNELS } from '../../../../core/api/wire.js';
import { createEventOutlet } from '../../../../electron/main/eventOutlet.js';
import { registerRelay, relayCall, senderProblem, type FrameLike, type IpcEventLike, type IpcMainLike, type RelayDeps } from '../../../../electron/main/relay.js';

const mainFrame: FrameLike = { url: 'app://heard/index.html', processId: 4, routingId: 1 };

function deps(overrides: Partial<RelayDeps> = {}) {
  const calls: { name: CommandName; input: unknown }[] = [];
  const subscribed: string[] = [];
  const outlet = createEventOutlet(() => null);
  const base: RelayDeps = {
    mainFrame: () => mainFrame,
    call: (name, input) => {
      calls.push({ name, input });
      return Promise.resolve({ ok: true, value: { echoed: input } });
    },
    outlet: { ...outlet, subscribe: (name) => subscribed.push(name) },
  };
  return { deps: { ...base, ...overrides }, calls, subscribed };
}

const from = (senderFrame: FrameLike | null): IpcEventLike => ({ senderFrame });

describe('senderProblem', () => {
  it('accepts the main frame showing the app', () => {
    expect(senderProblem(mainFrame, mainFrame)).toBeNull();
  });

  it('accepts the same frame seen through another wrapper (same process and routing id)', () => {
    expect(senderProblem({ ...mainFrame }, mainFrame)).toBeNull();
  });

  it('refuses another frame, a vanished frame, or no window', () => {
    expect(senderProblem({ url: 'app://heard/index.html', processId: 4, routingId: 2 }, mainFrame)).toMatch(/Heard window/);
    expect(senderProblem({ url: 'app://heard/index.html' }, mainFrame)).toMatch(/Heard window/);
    expect(senderProblem(null, mainFrame)).toMatch(/Heard window/);
    expect(senderProblem(mainFrame, null)).toMatch(/Heard window/);
  });

  it('refuses the main frame once it shows anything but app://heard/', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank']) {
      const frame = { ...mainFrame, url };
      expect(senderProblem(frame, frame)).toMatch(/app page/);
    }
  });
});

describe('relayCall', () => {
  it('forwards a known command from the main frame and returns the backend result', async () => {
    const { deps: d, calls } = deps();
    const result = await relayCall(d, from(mainFrame), 'search.query', { text: 'smith' });
    expect(result).toEqual({ ok: true, value: { echoed: { text: 'smith' } } });
    expect(calls).toEqual([{ name: 'search.query', input: { text: 'smith' } }]);
  });

  it('refuses a wrong frame with BAD_INPUT and forwards nothing', async () => {
    const { deps: d, calls } = deps();
    const result = await relayCall(d, from({ url: 'app://heard/index.html', processId: 9, routingId: 9 }), 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('refuses a non-app URL with BAD_INPUT', async () => {
    const evil = { url: 'https://evil.example/', processId: 4, routingId: 1 };
    const { deps: d, calls } = deps({ mainFrame: () => evil });
    expect(await relayCall(d, from(evil), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('refuses unknown and non-string names with UNKNOWN_COMMAND', async () => {
    const { deps: d, calls } = deps();
    for (const name of ['db.dropAll', '__proto__', 42, null, { name: 'app.info' }]) {
      const result = await relayCall(d, from(mainFrame), name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    }
    expect(calls).toEqual([]);
  });

  it('turns a backend that throws into UNAVAILABLE instead of a rejected invoke', async () => {
    const { deps: d } = deps({ call: () => Promise.reject(new Error('channel closed')) });
    const result: Result<unknown> = await relayCall(d, from(mainFrame), 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});

describe('registerRelay', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];

  function fakeIpc() {
    const handlers = new Map<string, Listener>();
    const listeners = new Map<string, Listener[]>();
    const ipc: IpcMainLike = {
      handle: (channel, listener) => void handlers.set(channel, listener),
      removeHandler: (channel) => void handlers.delete(channel),
      on: (channel, listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    };
    return { ipc, handlers, listeners };
  }

  it('handles heard:call through the guard', async () => {
    const { ipc, handlers } = fakeIpc();
    const { deps: d, calls } = deps();
    registerRelay(ipc, d);
    const handler = handlers.get(CHANNELS.call);
    expect(await handler?.(from(mainFrame), 'app.info', {})).toMatchObject({ ok: true });
    expect(await handler?.(from(null), 'app.info', {})).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toHaveLength(1);
  });

  it('accepts event subscriptions only from the main frame', () => {
    const { ipc, listeners } = fakeIpc();
    const { deps: d, subscribed } = deps();
    registerRelay(ipc, d);
    const [onSubscribe] = listeners.get(CHANNELS.subscribe) ?? [];
    onSubscribe?.(from(mainFrame), 'screenPop.requested');
    onSubscribe?.(from({ url: 'https://evil.example/' }), 'screenPop.requested');
    onSubscribe?.(from(mainFrame), 42);
    expect(subscribed).toEqual(['screenPop.requested']);
  });

  it('removes what it registered', () => {
    const { ipc, handlers, listeners } = fakeIpc();
    const dispose = registerRelay(ipc, deps().deps);
    dispose();
    expect(handlers.size).toBe(0);
    expect(listeners.get(CHANNELS.subscribe)).toEqual([]);
  });
});
