import type { ApiClient } from '../../core/api/client.js';
import { ALWAYS_ONLINE, type ConnectionSource } from './connection.js';
import { apiSocketUrl, takeToken } from './token.js';
import { createWsClient, type SocketFactory } from './wsClient.js';

export type Transport = { api: ApiClient; connection: ConnectionSource; kind: 'electron' | 'websocket' };

/**
 * Picks the transport once, at start: the Electron preload bridge (`window.heard`) when the
 * app runs in Electron, else the browser-mode WebSocket with the one-time token.
 */
export function pickTransport(win: Window = window): Transport {
  const bridge = (win as unknown as { heard?: unknown }).heard;
  if (isApiClient(bridge)) return { api: bridge, connection: ALWAYS_ONLINE, kind: 'electron' };

  const token = takeToken({
    location: win.location,
    storage: safeSessionStorage(win),
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
  });
  if (!token) return { api: noTokenClient(), connection: noTokenConnection(), kind: 'websocket' };

  const client = createWsClient({ url: apiSocketUrl(win.location, token), createSocket: browserSocket });
  return { api: client, connection: client.connection, kind: 'websocket' };
}

function isApiClient(value: unknown): value is ApiClient {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.call === 'function' && typeof v.on === 'function';
}

function safeSessionStorage(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null; // Storage disabled by policy: the token works for this load only.
  }
}

/** Adapts the browser's WebSocket to the small callback shape the client is tested against. */
const browserSocket: SocketFactory = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.onopen = () => handlers.open();
  ws.onclose = (event) => handlers.close(event.code, event.reason);
  ws.onmessage = (event) => {
    if (typeof event.data === 'string') handlers.message(event.data);
  };
  return { send: (data) => ws.send(data), close: () => ws.close() };
};

const NO_TOKEN =
  'This window has no access token. Open the address that `npm run dev:browser` printed (it ends in #token=…).';

function noTokenConnection(): ConnectionSource {
  return { get: () => ({ state: 'offline', detail: NO_TOKEN }), subscribe: () => () => {} };
}

function noTokenClient(): ApiClient {
  return {
    call: () => Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: NO_TOKEN } }),
    on: () => () => {},
  };
}
