import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../core/model/ids.js';
import { ErrorBody } from '../../../core/sync/enrolment.js';
import { formatHlc } from '../../../core/sync/hlc.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import type { ServerDatabase } from '../../../server/db/schema.js';
import { badRequestArb, ROUTES, type Valid } from './badRequests.js';
import { ENGINES } from './engines.js';
import { countRows, enrolOk, newUserCode, useHarnessPerTest } from './harness.js';

// Modest by default so the file stays quick on both engines; FC_RUNS raises it, FC_SEED replays.
const RUNS = Number(process.env['FC_RUNS'] ?? 150);
const SEED = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);
const TABLES: readonly (keyof ServerDatabase)[] = ['users', 'enrolment_codes', 'devices', 'sync_spaces', 'sync_devices', 'sync_changes', 'sync_entities'];

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

  /** Every row of every server table, in a stable order: what "nothing written" compares. */
  async function snapshot(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const table of TABLES) {
      const rows = await h.server.db.selectFrom(table).selectAll().execute();
      out[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return out;
  }

  it('lists every route the server has in the bad-request property', async () => {
    const listed = [...h.app.printRoutes({ commonPrefix: false }).matchAll(/(\/\S*) \(([^)]*)\)/g)].flatMap((m) =>
      (m[2] ?? '').split(', ').filter((method) => method !== 'HEAD').map((method) => `${method} ${m[1] ?? ''}`),
    );
    expect(listed.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.url}`).sort());
  });

  it(`answers any bad request on any route with a 4xx, never a 5xx, and writes nothing (seed ${SEED})`, async () => {
    // A world with something in every table: a device that pushed a change, another
    // device, and the unspent code of beforeEach.
    const device = await enrolOk(h, await newUserCode(h));
    const otherDevice = await enrolOk(h, await newUserCode(h));
    const change = (seq: number) => ({
      deviceId: device.deviceId, seq, id: newId(), kind: 'set', entity: 'case', entityId: newId(), fields: { status: 'open' },
      hlc: formatHlc({ ms: h.clock.now.getTime(), counter: seq, node: device.deviceId }),
    });
    const first = await h.app.inject({
      method: 'POST', url: '/v1/push', headers: { authorization: `Bearer ${device.token}`, 'x-heard-device': device.deviceId },
      payload: { protocol: PROTOCOL_VERSION, deviceId: device.deviceId, changes: [change(1)] },
    });
    expect(first.statusCode).toBe(200);
    const valid: Valid = {
      device,
      otherDevice,
      bodies: {
        '/v1/enrol': { code, deviceName: 'Desk 5', protocol: PROTOCOL_VERSION },
        '/v1/push': { protocol: PROTOCOL_VERSION, deviceId: device.deviceId, changes: [change(2)] },
        '/v1/pull': { protocol: PROTOCOL_VERSION, cursor: null, limit: 10 },
      },
    };
    const before = await snapshot();
    expect(before['sync_changes']).toHaveLength(1);

    await fc.assert(
      fc.asyncProperty(badRequestArb(valid), async (request) => {
        const response = await h.app.inject({ method: request.method as 'GET', url: request.url, headers: request.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
        const what = `${request.faults.join('+')}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        expect(response.statusCode, what).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, what).toBeLessThan(500);
        if (request.method !== 'HEAD') expect(() => ErrorBody.parse(response.json()), what).not.toThrow();
        expect(await snapshot(), what).toEqual(before);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answers an unknown route with a 404 in the same error shape', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/v1/nope', headers: header });
    expect(response.statusCode).toBe(404);
    expect(ErrorBody.parse(response.json()).error.code).toBe('not_found');
  });
});
