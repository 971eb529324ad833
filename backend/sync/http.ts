import type { z } from 'zod';
import {
  DEVICE_HEADER,
  EnrolResponse,
  ErrorBody,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  PullResponse,
  PushResponse,
  SYNC_ROUTES,
  type EnrolRequest,
  type PullRequest,
  type PushRequest,
} from '../../core/sync/index.js';

// The app's side of the wire (server/http/routes.ts). Every request names the protocol;
// every answer is checked against core/sync's schemas before the loop trusts it; every
// failure becomes one of a few kinds the loop and the UI can act on.

export type SyncFailureKind =
  /** No answer: no network, server down, timed out. Try again later; nothing is lost. */
  | 'offline'
  /** 401: the token is unknown or revoked. Sign in again with a new code. */
  | 'signed_out'
  /** 409 cloned_device / device_taken: another device holds this identity. */
  | 'cloned'
  /** 426: the server no longer speaks this app's protocol. Update the app. */
  | 'outdated'
  /** Any other refusal (4xx) or a server fault (5xx), with the server's message. */
  | 'refused'
  | 'server';

export class SyncFailure extends Error {
  override name = 'SyncFailure';
  constructor(
    readonly kind: SyncFailureKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

export type SyncIdentity = { deviceId: string; token: string };

export type SyncServer = {
  enrol(request: Omit<EnrolRequest, 'protocol'>): Promise<EnrolResponse>;
  push(request: Omit<PushRequest, 'protocol'>): Promise<PushResponse>;
  pull(request: Omit<PullRequest, 'protocol'>): Promise<PullResponse>;
};

/** A server base URL as the rep types it: http(s), no credentials, no query; trailing slash dropped. */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SyncFailure('refused', `"${raw.slice(0, 100)}" is not a server address. It looks like https://heard.example.com or http://127.0.0.1:8787.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncFailure('refused', 'The server address must start with http:// or https://.');
  if (url.username || url.password || url.search || url.hash) throw new SyncFailure('refused', 'The server address must not contain a user, a password, a query or a fragment.');
  return url.toString().replace(/\/+$/, '');
}

/**
 * `onServerTime`: the server's clock as its Date header gives it (to the second), so the
 * loop can notice a desk clock that is far off before the server refuses its stamps.
 */
export function httpSyncServer(baseUrl: string, identity: SyncIdentity | null, onServerTime?: (ms: number) => void, timeoutMs = 15_000): SyncServer {
  async function post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
    if (identity) {
      headers.authorization = `Bearer ${identity.token}`;
      headers[DEVICE_HEADER] = identity.deviceId;
    }
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const what = error instanceof Error && error.name === 'TimeoutError' ? `did not answer within ${timeoutMs / 1000} s` : 'cannot be reached';
      throw new SyncFailure('offline', `The server at ${baseUrl} ${what}. Work goes on here and is sent when it is back.`);
    }
    const date = Date.parse(response.headers.get('date') ?? '');
    if (Number.isFinite(date)) onServerTime?.(date);
    const text = await response.text().catch(() => '');
    if (!response.ok) throw failureOf(response.status, text);
    const parsed = schema.safeParse(safeJson(text));
    if (!parsed.success) throw new SyncFailure('server', `The server sent an answer this app cannot read (${path}).`, response.status);
    return parsed.data;
  }
  return {
    enrol: (request) => post(SYNC_ROUTES.enrol, { ...request, protocol: PROTOCOL_VERSION }, EnrolResponse),
    push: (request) => post(SYNC_ROUTES.push, { ...request, protocol: PROTOCOL_VERSION }, PushResponse),
    pull: (request) => post(SYNC_ROUTES.pull, { ...request, protocol: PROTOCOL_VERSION }, PullResponse),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function failureOf(status: number, text: string): SyncFailure {
  const body = ErrorBody.safeParse(safeJson(text));
  const code = body.success ? body.data.error.code : null;
  const message = body.success ? body.data.error.message : `The server answered ${status}.`;
  if (status === 401) return new SyncFailure('signed_out', message, status, code);
  if (status === 426) return new SyncFailure('outdated', message, status, code);
  if (status === 409 && (code === 'cloned_device' || code === 'device_taken')) return new SyncFailure('cloned', message, status, code);
  if (status >= 500) return new SyncFailure('server', message, status, code);
  return new SyncFailure('refused', message, status, code);
}
