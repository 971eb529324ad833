import { describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../core/sync/enrolment.js';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import { revokeDevice } from '../../../server/auth/users.js';
import { ENGINES } from './engines.js';
import { countRows, enrol, enrolOk, getMe, newUserCode, useHarnessPerTest } from './harness.js';

describe.each(ENGINES)('device auth and protocol on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  it('refuses a token presented with another device id', async () => {
    const first = await enrolOk(h, await newUserCode(h));
    const second = await enrolOk(h, await newUserCode(h, 'qa'));
    const response = await getMe(h, first.token, second.deviceId);
    expect(response.statusCode).toBe(401);
    expect(ErrorBody.parse(response.json()).error.code).toBe('unauthorized');
    expect((await getMe(h, first.token, first.deviceId)).statusCode).toBe(200);
  });

  it('refuses a missing or malformed token and a missing device header', async () => {
    const device = await enrolOk(h, await newUserCode(h));
    const noToken = await h.app.inject({ method: 'GET', url: '/v1/me', headers: { 'x-heard-device': device.deviceId, 'x-heard-protocol': '1' } });
    expect(noToken.statusCode).toBe(401);
    const noDevice = await h.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${device.token}`, 'x-heard-protocol': '1' } });
    expect(noDevice.statusCode).toBe(401);
    expect((await getMe(h, 'not a token', device.deviceId)).statusCode).toBe(401);
    expect((await getMe(h, device.token.slice(0, -1) + (device.token.endsWith('A') ? 'B' : 'A'), device.deviceId)).statusCode).toBe(401);
  });

  it('refuses a revoked device, and only that device', async () => {
    const code = await newUserCode(h);
    const revoked = await enrolOk(h, code);
    const other = await enrolOk(h, await newUserCode(h));
    expect(await revokeDevice(h.server, revoked.deviceId)).toBe(true);
    expect((await getMe(h, revoked.token, revoked.deviceId)).statusCode).toBe(401);
    expect((await getMe(h, other.token, other.deviceId)).statusCode).toBe(200);
    expect(await revokeDevice(h.server, 'no-such-device')).toBe(false);
  });

  it('refuses an outdated client with 426 and a message that says to update', async () => {
    const device = await enrolOk(h, await newUserCode(h));
    const response = await getMe(h, device.token, device.deviceId, String(MIN_PROTOCOL_VERSION - 1));
    expect(response.statusCode).toBe(426);
    const error = ErrorBody.parse(response.json()).error;
    expect(error.code).toBe('protocol_too_old');
    expect(error.message).toMatch(/Update Heard/);
  });

  it('checks the protocol before anything else, on every route', async () => {
    const device = await enrolOk(h, await newUserCode(h));
    const missing = await h.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${device.token}`, 'x-heard-device': device.deviceId } });
    expect(missing.statusCode).toBe(400);
    expect(ErrorBody.parse(missing.json()).error.code).toBe('protocol_missing');
    const newer = await getMe(h, device.token, device.deviceId, String(PROTOCOL_VERSION + 1));
    expect(newer.statusCode).toBe(400);
    expect(ErrorBody.parse(newer.json()).error.code).toBe('protocol_newer_than_server');
  });

  it('refuses enrolment from an outdated client with 426 and spends nothing', async () => {
    const code = await newUserCode(h);
    const viaBody = await enrol(h, code, MIN_PROTOCOL_VERSION - 1);
    expect(viaBody.statusCode).toBe(426);
    const viaHeader = await h.app.inject({
      method: 'POST',
      url: '/v1/enrol',
      headers: { 'x-heard-protocol': String(MIN_PROTOCOL_VERSION - 1) },
      payload: { code, deviceName: 'Desk', protocol: PROTOCOL_VERSION },
    });
    expect(viaHeader.statusCode).toBe(426);
    expect(await countRows(h, 'devices')).toBe(0);
    expect((await enrol(h, code)).statusCode).toBe(201);
  });
});
