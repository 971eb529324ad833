import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WireEvent } from '../../../../core/api/client.js';
import { createBackendProcess, type ChildLike } from '../../../../electron/main/backendProcess.js';
import type { ParentMessage } from '../../../../core/api/wire.js';

/** A UtilityProcess stand-in: records what main posts; the test plays the backend. */
class Child extends EventEmitter implements ChildLike {
  posted: ParentMessage[] = [];
  killed = false;
  postMessage(message: ParentMessage) {
    this.posted.push(message);
  }
  kill() {
    this.killed = true;
    queueMicrotask(() => this.emit('exit', 0));
    return true;
  }
  reply(message: unknown) {
    this.emit('message', message);
  }
  requests() {
    return this.posted.filter((m): m is Extract<ParentMessage, { id: number }> => 'id' in m);
  }
}

function setup(options: { timeoutMs?: number } = {}) {
  const children: Child[] = [];
  const events: WireEvent[] = [];
  const logs: string[] = [];
  const backend = createBackendProcess({
    spawn: () => {
      const child = new Child();
      children.push(child);
      return child;
    },
    onEvent: (event) => events.push(event),
    timeoutMs: options.timeoutMs ?? 1_000,
    restartDelaysMs: [100, 1_000],
    stableMs: 10_000,
    log: (message) => logs.push(message),
    now: () => Date.now(),
  });
  const child = (i = children.length - 1) => children[i] as Child;
  return { backend, children, child, events, logs };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createBackendProcess', () => {
  it('holds requests until the backend is ready, then correlates replies by id', async () => {
    const { backend, child } = setup();
    const first = backend.call('app.info', {});
    const second = backend.call('search.query', { text: 'x' });
    expect(child().posted).toEqual([]);
    child().reply({ ready: true });
    const [a, b] = child().requests();
    expect(a).toEqual({ id: a?.id, name: 'app.info', input: {} });
    // Replies in the other order still reach the right caller.
    child().reply({ id: b?.id, result: { ok: true, value: 'second' } });
    child().reply({ id: a?.id, result: { ok: true, value: 'first' } });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('answers UNAVAILABLE when the backend does not reply in time', async () => {
    const { backend, child } = setup({ timeoutMs: 500 });
    child().reply({ ready: true });
    const pending = backend.call('app.info', {});
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    // A late reply is ignored, not delivered to someone else.
    child().reply({ id: child().requests()[0]?.id, result: { ok: true, value: 1 } });
  });

  it('forwards events and ignores malformed messages', () => {
    const { child, events, logs } = setup();
    child().reply({ event: 'screenPop.requested', payload: { number: '1', source: 'link' } });
    child().reply({ id: 'x', result: 'nope' });
    child().reply(null);
    expect(events).toEqual([{ event: 'screenPop.requested', payload: { number: '1', source: 'link' } }]);
    expect(logs.filter((l) => l.includes('malformed'))).toHaveLength(2);
  });

  it('fails in-flight requests when the backend dies, restarts it, and sends queued ones to the new one', async () => {
    const { backend, children, child } = setup();
    child().reply({ ready: true });
    const inFlight = backend.call('customers.create', { name: 'A' });
    child().emit('exit', 1);
    // Possibly written before the crash: reported, never silently re-sent.
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/may or may not/) } });

    const queued = backend.call('app.info', {});
    expect(children).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(children).toHaveLength(2);
    child().reply({ ready: true });
    const [request] = child().requests();
    expect(request?.name).toBe('app.info');
    child().reply({ id: request?.id, result: { ok: true, value: 'ok' } });
    expect(await queued).toEqual({ ok: true, value: 'ok' });
  });

  it('backs off between restarts of a backend that keeps dying', async () => {
    const { children, child } = setup();
    child().emit('exit', 1);
    await vi.advanceTimersByTimeAsync(100);
    expect(children).toHaveLength(2);
    child().emit('exit', 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(children).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(children).toHaveLength(3);
  });

  it("passes on the backend's own reason at once when it cannot start, and recovers when a restart works", async () => {
    const { backend, child } = setup();
    const waiting = backend.call('app.info', {});
    child().reply({ fatal: 'The store is newer than this app.' });
    const reason = { ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('The store is newer') } };
    expect(await waiting).toMatchObject(reason);
    expect(await backend.call('app.info', {})).toMatchObject(reason);

    child().emit('exit', 1);
    await vi.advanceTimersByTimeAsync(100);
    child().reply({ ready: true });
    const next = backend.call('app.info', {});
    child().reply({ id: child().requests()[0]?.id, result: { ok: true, value: 'fine' } });
    expect(await next).toEqual({ ok: true, value: 'fine' });
  });

  it('sends a --call screen pop as a control message, not a command', () => {
    const { backend, child } = setup();
    backend.requestScreenPop('+14155552671', 'argv');
    child().reply({ ready: true });
    expect(child().posted).toEqual([{ screenPop: { number: '+14155552671', source: 'argv' } }]);
  });

  it('stops cleanly: asks the backend to shut down, fails what is pending, never restarts', async () => {
    const { backend, children, child } = setup();
    child().reply({ ready: true });
    const pending = backend.call('app.info', {});
    const stopped = backend.stop(1_000);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(child().posted.at(-1)).toEqual({ shutdown: true });
    child().emit('exit', 0);
    await stopped;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(children).toHaveLength(1);
    expect(await backend.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('kills a backend that does not exit within the grace period', async () => {
    const { backend, child } = setup();
    child().reply({ ready: true });
    const stopped = backend.stop(500);
    await vi.advanceTimersByTimeAsync(500);
    await stopped;
    expect(child().killed).toBe(true);
  });
});
