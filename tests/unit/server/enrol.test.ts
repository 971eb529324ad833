import { describe, expect, it } from 'vitest';
import { EnrolResponse, ErrorBody, type Role } from '../../../core/sync/enrolment.js';
import { createCode, createUserWithCode } from '../../../server/auth/users.js';
import { ENGINES } from './engines.js';
import { countRows, enrol, enrolOk, getMe, newUserCode, useHarnessPerTest } from './harness.js';

describe.each(ENGINES)('enrolment on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  it('turns a code into a device token and the user it belongs to', async () => {
    const code = await newUserCode(h, 'rep', 'north');
    const response = await enrol(h, code);
    expect(response.statusCode).toBe(201);
    const body = EnrolResponse.parse(response.json());
    expect(body.user).toMatchObject({ name: 'User rep', role: 'rep', team: 'north' });
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes, base64url
    const me = await getMe(h, body.token, body.deviceId);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ deviceId: body.deviceId, user: body.user });
  });

  it('keeps the device id the app made for its store; the same user may enrol it again, another user may not', async () => {
    const deviceId = '0190a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b';
    const created = await createUserWithCode(h.server, { name: 'Ana', role: 'rep', team: 'north' }, { now: h.clock.now });
    const first = await h.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code: created.code, deviceName: 'Desk 4', protocol: 1, deviceId } });
    expect(first.statusCode).toBe(201);
    const firstBody = EnrolResponse.parse(first.json());
    expect(firstBody.deviceId).toBe(deviceId);
    // Ana signs out and in again on her desk: a new token for the same device, the old one dead.
    const again = (await createCode(h.server, created.userId, { now: h.clock.now }))!;
    const second = await h.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code: again, deviceName: 'Desk 4b', protocol: 1, deviceId } });
    expect(second.statusCode).toBe(201);
    expect((await getMe(h, firstBody.token, deviceId)).statusCode).toBe(401);
    expect((await getMe(h, EnrolResponse.parse(second.json()).token, deviceId)).statusCode).toBe(200);
    const code = await newUserCode(h);
    const copy = await h.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code, deviceName: 'Copied desk', protocol: 1, deviceId } });
    expect(copy.statusCode).toBe(409);
    expect(ErrorBody.parse(copy.json()).error.code).toBe('device_taken');
    expect(await countRows(h, 'devices')).toBe(1);
    // The code was not spent: the app can enrol with a fresh identity.
    expect((await enrol(h, code)).statusCode).toBe(201);
  });

  it('forgives case and dashes in a typed code', async () => {
    const code = await newUserCode(h);
    const response = await enrol(h, ` ${code.toLowerCase().replace(/-/g, '')} `);
    expect(response.statusCode).toBe(201);
  });

  it.each<[Role, string | null]>([
    ['rep', 'north'],
    ['qa', 'south'],
    ['trainee', 'north'],
    ['admin', null],
  ])('returns the role %s (team %s) on enrolment and on /v1/me', async (role, team) => {
    const body = await enrolOk(h, await newUserCode(h, role, team));
    expect(body.user.role).toBe(role);
    expect(body.user.team).toBe(team);
    expect((await getMe(h, body.token, body.deviceId)).json()).toMatchObject({ user: { role, team } });
  });

  it('stores only the SHA-256 of the token, never the token itself', async () => {
    const body = await enrolOk(h, await newUserCode(h));
    const rows = await h.server.db.selectFrom('devices').selectAll().execute();
    expect(rows).toHaveLength(1);
    const { createHash } = await import('node:crypto');
    expect(rows[0]?.token_hash).toBe(createHash('sha256').update(body.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(body.token);
    const codes = await h.server.db.selectFrom('enrolment_codes').selectAll().execute();
    expect(codes[0]?.device_id).toBe(body.deviceId);
  });

  it('refuses a code used once already with 409, and makes no second device', async () => {
    const code = await newUserCode(h);
    await enrolOk(h, code);
    const again = await enrol(h, code);
    expect(again.statusCode).toBe(409);
    expect(ErrorBody.parse(again.json()).error.code).toBe('code_used');
    expect(await countRows(h, 'devices')).toBe(1);
  });

  it('refuses an unknown code with 401', async () => {
    await newUserCode(h);
    const response = await enrol(h, 'AAAA-BBBB-CCCC-DDDD');
    expect(response.statusCode).toBe(401);
    expect(ErrorBody.parse(response.json()).error.code).toBe('unknown_code');
    expect(await countRows(h, 'devices')).toBe(0);
  });

  it('refuses an expired code with 401 and a clear message', async () => {
    const code = await newUserCode(h, 'rep', 'north', 60_000);
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const response = await enrol(h, code);
    expect(response.statusCode).toBe(401);
    const error = ErrorBody.parse(response.json()).error;
    expect(error.code).toBe('code_expired');
    expect(error.message).toMatch(/expired/);
    expect(await countRows(h, 'devices')).toBe(0);
  });

  it('gives exactly one device when the same code is sent many times at once', async () => {
    const code = await newUserCode(h);
    const responses = await Promise.all(Array.from({ length: 8 }, () => enrol(h, code)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await countRows(h, 'devices')).toBe(1);
  });
});
