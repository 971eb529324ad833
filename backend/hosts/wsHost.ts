import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { fail, type WireEvent, type WireResponse } from '../../core/api/index.js';
import type { Backend } from '../backend.js';
import { BROWSER_MODE_CSP } from './csp.js';
import { readStatic } from './staticFiles.js';

export type BrowserHostOptions = {
  backend: Backend;
  /** Folder of the built renderer (vite build output). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fixed token (tests); otherwise a fresh random one per run. */
  token?: string;
  /** Sent to the first window that connects: a --call number given at start-up. */
  initialPop?: { number: string; source: 'argv' | 'link' };
};

export type BrowserHost = {
  /** The address to open, token included in the hash (never sent to the server in a request line). */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
};

const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * Browser mode: the same backend as the Electron app, in Node, behind a WebSocket on
 * 127.0.0.1 only. A one-time random token (a new one every run) guards the socket, and the
 * Origin must be this host's own, so another web page open in the same browser cannot
 * drive the backend (cross-site WebSocket hijacking).
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { backend, staticDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  let origin = '';
  let pendingPop = options.initialPop ?? null;

  const http = createServer((req, res) => {
    void handleHttp(req, res).catch((error: unknown) => {
      console.error('[browser host] request failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/api/link') return handleLink(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const file = await readStatic(staticDir, path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': BROWSER_MODE_CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** A softphone on this machine pops a call: POST /api/link {"url":"tel:+1..."} with the token. */
  async function handleLink(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (!tokenMatches(req.headers.authorization?.replace(/^Bearer /i, '') ?? '')) return void res.writeHead(401).end();
    const body = await readBody(req, 16 * 1024);
    if (body === null) return void res.writeHead(413).end();
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      input = null; // the schema check below refuses it with a clear message
    }
    const result = backend.dispatch('links.open', input);
    res.writeHead(result.ok ? 200 : 400, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }

  function tokenMatches(given: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const sockets = new Set<WebSocket>();

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const originHeader = req.headers.origin;
    const originOk = originHeader === undefined || originHeader === origin || originHeader === origin.replace('127.0.0.1', 'localhost');
    if (url.pathname !== '/api' || !tokenMatches(url.searchParams.get('token') ?? '') || !originOk) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws));
  });

  function onConnection(ws: WebSocket) {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data, isBinary) => {
      if (isBinary) return send(ws, { id: -1, result: fail('BAD_INPUT', 'Messages are JSON text.') });
      let message: unknown;
      try {
        message = JSON.parse(data.toString());
      } catch {
        return send(ws, { id: -1, result: fail('BAD_INPUT', 'The message is not valid JSON.') });
      }
      const { id, name, input } = (message ?? {}) as { id?: unknown; name?: unknown; input?: unknown };
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
        return send(ws, { id: -1, result: fail('BAD_INPUT', 'Every request needs a numeric id.') });
      }
      send(ws, { id, result: backend.dispatch(name, input) });
    });
    // dispatch never throws by contract; this is the last line of defence for the host itself.
    ws.on('error', (error) => console.error('[browser host] socket error', error));
    if (pendingPop) {
      const pop = pendingPop;
      pendingPop = null;
      // After the renderer has had a moment to subscribe; a pop is never lost to a race.
      setTimeout(() => sendEvent(ws, { event: 'screenPop.requested', payload: pop }), 300);
    }
  }

  const unsubscribe = backend.onEvent((event, payload) => {
    for (const ws of sockets) sendEvent(ws, { event, payload });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

function send(ws: WebSocket, response: WireResponse) {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(response));
}

function sendEvent(ws: WebSocket, event: WireEvent) {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(event));
}

/** The request body as text, or null when it is larger than limit (answered 413). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.resume();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
