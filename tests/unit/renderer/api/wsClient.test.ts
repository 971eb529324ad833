import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiSocketUrl, takeToken, TOKEN_STORAGE_KEY, tokenFromHash } from '../../../../renderer/api/token.js';
import { createWsClient, type SocketHandlers } from '../../../../renderer/api/wsClient.js';
import type { ConnectionStatus } from '../../../../renderer/api/connection.js';

/** A socket the test drives: it opens, answers and drops when told. */
function fakeSockets() {
  const sockets: { url: string; handlers: SocketHandlers; sent: string[]; closed: boolean }[] = [];
  const createSocket = (url: string, handlers: SocketHandlers) => {
    const s = { url, handlers, sent: [] as string[], closed: false };
    sockets.push(s);
    return { send: (data: string) => void s.sent.push(data), close: () => void (s.closed = true) };
  };
  return { sockets, createSocket, last: () => sockets[sockets.length - 1]! };
}

describe('the browser-mode WebSocket client', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const f = fakeSockets();
    const client = createWsClient({ url: 'ws://h/api?token=t', createSocket: f.createSocket, backoff: (n) => 100 * (n + 1) });
    const states: ConnectionStatus['state'][] = [];
    client.connection.subscribe((s) => states.push(s.state));
    return { f, client, states };
  }

  it('queues requests made while first connecting and matches answers by id', async () => {
    const { f, client, states } = setup();
    expect(client.connection.get().state).toBe('connecting');
    const answer = client.call('search.query', { text: 'Ann' });
    expect(f.last().sent).toEqual([]);
    f.last().handlers.open();
    expect(states).toEqual(['online']);
    const request = JSON.parse(f.last().sent[0] ?? '{}') as { id: number; name: string; input: unknown };
    expect(request).toMatchObject({ name: 'search.query', input: { text: 'Ann' } });
    f.last().handlers.message(JSON.stringify({ id: request.id, result: { ok: true, value: { hits: [] } } }));
    await expect(answer).resolves.toEqual({ ok: true, value: { hits: [] } });
  });

  it('answers UNAVAILABLE while offline, never throws, and reconnects with backoff', async () => {
    const { f, client, states } = setup();
    f.last().handlers.open();
    const inFlight = client.call('app.info', {});
    f.last().handlers.close(1006, '');
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(client.connection.get()).toMatchObject({ state: 'offline' });
    await expect(client.call('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });

    expect(f.sockets).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(f.sockets).toHaveLength(2);
    // A failed retry stays "offline" (no flicker back to "connecting") and waits longer.
    f.last().handlers.close(1006, '');
    vi.advanceTimersByTime(150);
    expect(f.sockets).toHaveLength(2);
    vi.advanceTimersByTime(50);
    expect(f.sockets).toHaveLength(3);
    f.last().handlers.open();
    expect(states).toEqual(['online', 'offline', 'online']);
    client.close();
  });

  it('times a request out instead of hanging', async () => {
    const { f, client } = setup();
    f.last().handlers.open();
    const answer = client.call('app.info', {});
    vi.advanceTimersByTime(15_000);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('delivers known events with valid payloads only, and ignores garbage', () => {
    const { f, client } = setup();
    f.last().handlers.open();
    const got: unknown[] = [];
    const off = client.on('screenPop.requested', (p) => got.push(p));
    f.last().handlers.message('not json');
    f.last().handlers.message(JSON.stringify({ event: 'screenPop.requested', payload: { number: 5 } }));
    f.last().handlers.message(JSON.stringify({ event: 'nope', payload: {} }));
    f.last().handlers.message(JSON.stringify({ event: 'screenPop.requested', payload: { number: '+14155552671', source: 'link' } }));
    off();
    f.last().handlers.message(JSON.stringify({ event: 'screenPop.requested', payload: { number: '+1', source: 'link' } }));
    expect(got).toEqual([{ number: '+14155552671', source: 'link' }]);
  });

  it('turns an unreadable answer into an INTERNAL error', async () => {
    const { f, client } = setup();
    f.last().handlers.open();
    const answer = client.call('app.info', {});
    const { id } = JSON.parse(f.last().sent[0] ?? '{}') as { id: number };
    f.last().handlers.message(JSON.stringify({ id, result: { nope: true } }));
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('the one-time token', () => {
  function env(hash: string, stored: string | null = null) {
    const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
    const replaced: string[] = [];
    return {
      replaced,
      storage,
      env: {
        location: { hash, pathname: '/', search: '?x=1' },
        storage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
        replaceUrl: (url: string) => void replaced.push(url),
      },
    };
  }

  it('takes it from the hash, keeps it for a reload and removes it from the address', () => {
    const e = env('#token=abc-123');
    expect(takeToken(e.env)).toBe('abc-123');
    expect(e.storage.get(TOKEN_STORAGE_KEY)).toBe('abc-123');
    expect(e.replaced).toEqual(['/?x=1']);
  });

  it('falls back to the stored one after a reload, and is null without either', () => {
    expect(takeToken(env('', 'kept').env)).toBe('kept');
    const none = env('');
    expect(takeToken(none.env)).toBeNull();
    expect(none.replaced).toEqual([]);
    expect(tokenFromHash('#other=1')).toBeNull();
  });

  it('builds ws:// or wss:// to /api on the same host', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:5000' }, 'a b')).toBe('ws://127.0.0.1:5000/api?token=a%20b');
    expect(apiSocketUrl({ protocol: 'https:', host: 'x' }, 't')).toBe('wss://x/api?token=t');
  });
});
