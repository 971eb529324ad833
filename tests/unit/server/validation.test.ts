import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../core/sync/enrolment.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import { ENGINES } from './engines.js';
import { countRows, newUserCode, useHarnessPerTest } from './harness.js';

// Bad bodies are the client's fault: always a 4xx with {error:{code,message}}, never a
// 5xx, and nothing written (the code stays unspent).
describe.each(ENGINES)('request validation on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);
  let code: string;
  beforeEach(async () => {
    code = await newUserCode(h);
  });

  const header = { 'x-heard-protocol': String(PROTOCOL_VERSION) };

  async function expectRefusedAndNothingWritten(response: { statusCode: number; json: () => unknown }, status = 400): Promise<void> {
    expect(response.statusCode).toBe(status);
    expect(() => ErrorBody.parse(response.json())).not.toThrow();
    expect(await countRows(h, 'devices')).toBe(0);
    const codes = await h.server.db.selectFrom('enrolment_codes').select('used_at').execute();
    expect(codes.every((c) => c.used_at === null)).toBe(true);
  }

  it('refuses malformed JSON with 400', async () => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/enrol', headers: { ...header, 'content-type': 'application/json' }, payload: '{"code": "' + code });
    await expectRefusedAndNothingWritten(response);
    expect(ErrorBody.parse(response.json()).error.code).toBe('invalid_request');
  });

  it('refuses an empty JSON body with 400', async () => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/enrol', headers: { ...header, 'content-type': 'application/json' }, payload: '' });
    await expectRefusedAndNothingWritten(response);
  });

  it.each([
    ['a missing deviceName', (c: string) => ({ code: c, protocol: PROTOCOL_VERSION })],
    ['a blank deviceName', (c: string) => ({ code: c, deviceName: '   ', protocol: PROTOCOL_VERSION })],
    ['a numeric code', () => ({ code: 1234, deviceName: 'Desk', protocol: PROTOCOL_VERSION })],
    ['an over-long deviceName', (c: string) => ({ code: c, deviceName: 'x'.repeat(101), protocol: PROTOCOL_VERSION })],
    ['an unknown field', (c: string) => ({ code: c, deviceName: 'Desk', protocol: PROTOCOL_VERSION, role: 'admin' })],
    ['a NUL in deviceName', (c: string) => ({ code: c, deviceName: 'Desk\u0000 4', protocol: PROTOCOL_VERSION })],
    ['an array body', (c: string) => [c]],
    ['a fractional protocol', (c: string) => ({ code: c, deviceName: 'Desk', protocol: 1.5 })],
  ])('refuses %s with 400', async (_label, makeBody) => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/enrol', headers: header, payload: makeBody(code) as object });
    await expectRefusedAndNothingWritten(response);
  });

  it('refuses a body in another content type with a 4xx', async () => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/enrol', headers: { ...header, 'content-type': 'text/plain' }, payload: code });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    await expectRefusedAndNothingWritten(response, response.statusCode);
  });

  it('answers an unknown route with a 404 in the same error shape', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/v1/nope', headers: header });
    expect(response.statusCode).toBe(404);
    expect(ErrorBody.parse(response.json()).error.code).toBe('not_found');
  });
});
