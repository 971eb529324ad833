import WebSocket from 'ws';
import type { WireResponse } from '../../../../core/api/index.js';

/** A minimal Node client for the browser-mode socket, as the renderer's client speaks it. */
export async function connect(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  const waiting = new Map<number, (response: WireResponse) => void>();
  const events: unknown[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as WireResponse | { event: string };
    if ('event' in message) events.push(message);
    else waiting.get(message.id)?.(message);
  });
  let nextId = 1;
  return {
    ws,
    events,
    /** Sends any JSON-able message (valid or not) and waits for the answer with that id. */
    request(name: unknown, input: unknown): Promise<WireResponse> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ id, name, input }));
      });
    },
    /** Sends raw text and waits for the next answer (the host answers id -1 to garbage). */
    raw(text: string): Promise<WireResponse> {
      return new Promise((resolve) => {
        waiting.set(-1, resolve);
        ws.send(text);
      });
    },
    close: () => ws.close(),
  };
}
