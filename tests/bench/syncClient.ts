import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import type { PullResponse, PushResponse } from '../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../core/sync/protocol.js';

// The bench's devices speak the real protocol over real HTTP on loopback. One keep-alive
// agent with no socket cap: each simulated device keeps its own connection between syncs,
// as a desktop app would, and no request waits in a client-side queue (which would be
// counted as server latency).

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 2048 });

export type Timed<T> = { body: T; ms: number };

export function closeClient(): void {
  agent.destroy();
}

function post<T>(baseUrl: string, path: string, payload: object, headers: Record<string, string>): Promise<Timed<T>> {
  const data = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request(
      `${baseUrl}${path}`,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          // Latency is to the last byte of the answer; parsing it is the client's own time.
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString();
          if (response.statusCode !== 200 && response.statusCode !== 201) {
            reject(new Error(`${path} answered ${response.statusCode}: ${text.slice(0, 300)}`));
            return;
          }
          resolve({ body: JSON.parse(text) as T, ms });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

export function enrolDevice(baseUrl: string, code: string, deviceName: string): Promise<EnrolResponse> {
  return post<EnrolResponse>(baseUrl, '/v1/enrol', { code, deviceName, protocol: PROTOCOL_VERSION }, {}).then((r) => r.body);
}

function auth(device: EnrolResponse): Record<string, string> {
  return { authorization: `Bearer ${device.token}`, 'x-heard-device': device.deviceId };
}

export function pushBatch(baseUrl: string, device: EnrolResponse, changes: ChangeRecord[]): Promise<Timed<PushResponse>> {
  return post<PushResponse>(baseUrl, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: device.deviceId, changes }, auth(device));
}

export function pullPage(baseUrl: string, device: EnrolResponse, cursor: string | null, limit: number): Promise<Timed<PullResponse>> {
  return post<PullResponse>(baseUrl, '/v1/pull', { protocol: PROTOCOL_VERSION, cursor, limit }, auth(device));
}

/** A push that must be taken whole: anything else means the bench is not measuring what it says. */
export function expectAllAcked(answer: PushResponse, lastSeq: number): void {
  if (answer.ackedThrough !== lastSeq || answer.rejected.length > 0 || answer.clockRefused.length > 0 || answer.stoppedAtGap !== null) {
    throw new Error(`push not taken whole (expected ack through ${lastSeq}): ${JSON.stringify(answer).slice(0, 500)}`);
  }
}
