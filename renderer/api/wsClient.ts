import type { ApiClient, WireRequest } from '../../core/api/client.js';
import type { CommandInput, CommandName, CommandOutput } from '../../core/api/commands.js';
import { events, isEventName, type EventName } from '../../core/api/events.js';
import type { ApiError, Result } from '../../core/api/result.js';
import { realTimers, type Timers } from '../shared/timers.js';
import { backoffDelay } from './backoff.js';
import type { ConnectionSource, ConnectionStatus } from './connection.js';

/** What the client needs of a socket; the browser's WebSocket is adapted to it in client.ts. */
export type SocketHandlers = {
  open(): void;
  close(code: number, reason: string): void;
  message(data: string): void;
};
export type SocketLike = { send(data: string): void; close(): void };
export type SocketFactory = (url: string, handlers: SocketHandlers) => SocketLike;

export type WsClientOptions = {
  url: string;
  createSocket: SocketFactory;
  timers?: Timers;
  /** A request with no answer by then resolves to UNAVAILABLE instead of hanging the UI. */
  requestTimeoutMs?: number;
  backoff?: (attempt: number) => number;
};

export type WsClient = ApiClient & { connection: ConnectionSource; close(): void };

type Pending = { resolve: (result: Result<unknown>) => void; timer: unknown };
type Queued = { request: WireRequest; pending: Pending };

const unavailable = (message: string): { ok: false; error: ApiError } => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

const OFFLINE_MESSAGE = 'Not connected to the Heard backend; reconnecting. Try again in a moment.';

/**
 * The browser-mode transport: one WebSocket, requests matched to answers by id, pushed
 * events fanned out to listeners. It never throws and never hangs: while disconnected every
 * request resolves to UNAVAILABLE at once, and a dropped connection fails what was in flight
 * (we cannot know whether the backend ran it; every write is idempotent by client id).
 *
 * The reported state goes connecting -> online <-> offline. A retry attempt does not flip it
 * back to "connecting", so the offline banner does not flicker while we back off.
 */
export function createWsClient(options: WsClientOptions): WsClient {
  const timers = options.timers ?? realTimers;
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  const backoff = options.backoff ?? ((attempt: number) => backoffDelay(attempt));

  let status: ConnectionStatus = { state: 'connecting', detail: null };
  const statusListeners = new Set<(s: ConnectionStatus) => void>();
  const eventListeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const pending = new Map<number, Pending>();
  // Requests made during the very first connect, sent once the socket opens.
  let queue: Queued[] = [];
  let socket: SocketLike | null = null;
  // Identifies the current attempt, so late callbacks of an abandoned socket are ignored.
  let activeAttempt: object | null = null;
  let open = false;
  let everOnline = false;
  let attempt = 0;
  let retryTimer: unknown = null;
  let closed = false;
  let nextId = 1;

  function setStatus(next: ConnectionStatus): void {
    if (next.state === status.state && next.detail === status.detail) return;
    status = next;
    for (const listener of statusListeners) listener(status);
  }

  function connect(): void {
    retryTimer = null;
    if (closed) return;
    const token = {};
    activeAttempt = token;
    const handlers: SocketHandlers = {
      open() {
        if (activeAttempt !== token) return;
        open = true;
        everOnline = true;
        attempt = 0;
        setStatus({ state: 'online', detail: null });
        const waiting = queue;
        queue = [];
        for (const item of waiting) send(item.request, item.pending);
      },
      close() {
        if (activeAttempt !== token) return;
        activeAttempt = null;
        socket = null;
        open = false;
        failAll('The connection to the Heard backend dropped before it answered; try again.');
        scheduleRetry();
      },
      message(data) {
        if (activeAttempt === token) receive(data);
      },
    };
    try {
      socket = options.createSocket(options.url, handlers);
    } catch {
      // A malformed URL or a refused constructor: treat as a failed attempt.
      activeAttempt = null;
      socket = null;
      failAll(OFFLINE_MESSAGE);
      scheduleRetry();
    }
  }

  function scheduleRetry(): void {
    if (closed) return;
    const detail = everOnline
      ? 'Lost the connection to the Heard backend. Reconnecting…'
      : 'Cannot reach the Heard backend. Retrying…';
    setStatus({ state: 'offline', detail });
    retryTimer = timers.setTimeout(connect, backoff(attempt++));
  }

  function failAll(message: string): void {
    for (const [id, p] of pending) {
      pending.delete(id);
      timers.clearTimeout(p.timer);
      p.resolve(unavailable(message));
    }
    const waiting = queue;
    queue = [];
    for (const item of waiting) {
      timers.clearTimeout(item.pending.timer);
      item.pending.resolve(unavailable(message));
    }
  }

  function send(request: WireRequest, p: Pending): void {
    if (!socket || !open) {
      timers.clearTimeout(p.timer);
      p.resolve(unavailable(OFFLINE_MESSAGE));
      return;
    }
    pending.set(request.id, p);
    try {
      socket.send(JSON.stringify(request));
    } catch {
      pending.delete(request.id);
      timers.clearTimeout(p.timer);
      p.resolve(unavailable(OFFLINE_MESSAGE));
    }
  }

  function receive(data: string): void {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return; // Not ours to answer; a garbled frame must not break the client.
    }
    if (!message || typeof message !== 'object') return;
    const m = message as Record<string, unknown>;
    if (typeof m.id === 'number') {
      const p = pending.get(m.id);
      if (!p) return; // Timed out already, or not ours.
      pending.delete(m.id);
      timers.clearTimeout(p.timer);
      p.resolve(isResult(m.result) ? m.result : { ok: false, error: { code: 'INTERNAL', message: 'The backend sent an answer the app cannot read.' } });
      return;
    }
    if (isEventName(m.event)) {
      const parsed = events[m.event].safeParse(m.payload);
      if (!parsed.success) return;
      for (const listener of eventListeners.get(m.event) ?? []) listener(parsed.data);
    }
  }

  connect();

  return {
    connection: {
      get: () => status,
      subscribe(listener) {
        statusListeners.add(listener);
        return () => statusListeners.delete(listener);
      },
    },
    call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>> {
      return new Promise((resolve) => {
        const request: WireRequest = { id: nextId++, name, input };
        const p: Pending = { resolve: resolve as (r: Result<unknown>) => void, timer: null };
        p.timer = timers.setTimeout(() => {
          pending.delete(request.id);
          queue = queue.filter((q) => q.request.id !== request.id);
          resolve(unavailable('The Heard backend did not answer in time; try again.'));
        }, requestTimeoutMs);
        if (status.state === 'connecting' && !open) queue.push({ request, pending: p });
        else send(request, p);
      });
    },
    on(name, listener) {
      let set = eventListeners.get(name);
      if (!set) eventListeners.set(name, (set = new Set()));
      const fn = listener as (payload: unknown) => void;
      set.add(fn);
      return () => set.delete(fn);
    },
    close() {
      closed = true;
      if (retryTimer !== null) timers.clearTimeout(retryTimer);
      const s = socket;
      socket = null;
      activeAttempt = null;
      open = false;
      failAll('The app is closing.');
      s?.close();
      setStatus({ state: 'offline', detail: null });
    },
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (!value || typeof value !== 'object') return false;
  const r = value as Record<string, unknown>;
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false || !r.error || typeof r.error !== 'object') return false;
  const e = r.error as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.message === 'string';
}
