import type { FastifyRequest } from 'fastify';
import { DEVICE_HEADER } from '../../core/sync/protocol.js';
import { authenticateDevice, type DeviceAuth } from '../auth/authenticate.js';
import type { ServerDb } from '../db/connect.js';
import { HttpError } from './errors.js';

// Who made each authenticated request. A WeakMap rather than a decorated request, so no
// declaration merging on Fastify's types and nothing outlives the request.
const authByRequest = new WeakMap<FastifyRequest, DeviceAuth>();

export function requestAuth(request: FastifyRequest): DeviceAuth {
  const auth = authByRequest.get(request);
  if (!auth) throw new Error('route registered without device authentication');
  return auth;
}

/** Bearer token plus X-Heard-Device; every failure is the same 401, so nothing leaks. */
export async function authenticateRequest(server: ServerDb, request: FastifyRequest): Promise<void> {
  const authorization = request.headers.authorization;
  const deviceId = request.headers[DEVICE_HEADER];
  const match = typeof authorization === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(authorization) : null;
  const auth = match?.[1] && typeof deviceId === 'string' && deviceId.length <= 64 ? await authenticateDevice(server, deviceId, match[1]) : null;
  if (!auth) {
    throw new HttpError(401, 'unauthorized', 'This device is not enrolled or its access was revoked; enrol it again with a new code.');
  }
  authByRequest.set(request, auth);
}
