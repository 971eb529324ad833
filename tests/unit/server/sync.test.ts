import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../core/model/ids.js';
import type { ChangeRecord } from '../../../core/sync/change.js';
import { ErrorBody, type EnrolResponse, type Role } from '../../../core/sync/enrolment.js';
import { formatHlc } from '../../../core/sync/hlc.js';
import { FROZEN_REASON } from '../../../core/sync/state.js';
import { PullResponse, PushResponse } from '../../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import { ENGINES } from './engines.js';
import { enrolOk, newUserCode, useHarnessPerTest } from './harness.js';

type Device = EnrolResponse;

describe.each(ENGINES)('sync push and pull on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  async function device(role: Role = 'rep', team: string | null = 'north'): Promise<Device> {
    return enrolOk(h, await newUserCode(h, role, team));
  }

  /** A 'set' on a case, stamped by the device at the harness clock (plus offsetMs). */
  function setCase(d: Device, seq: number, fields: ChangeRecord['fields'] = { status: `s${seq}` }, offsetMs = 0, entityId = CASE_ID): ChangeRecord {
    return {
      deviceId: d.deviceId,
      seq,
      id: newId(),
      kind: 'set',
      entity: 'case',
      entityId,
      fields,
      hlc: formatHlc({ ms: h.clock.now.getTime() + offsetMs, counter: seq, node: d.deviceId }),
    };
  }

  function post(d: Device, url: '/v1/push' | '/v1/pull', payload: unknown): Promise<LightMyRequestResponse> {
    return h.app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${d.token}`, 'x-heard-device': d.deviceId },
      payload: payload as object,
    });
  }

  async function push(d: Device, changes: ChangeRecord[]): Promise<PushResponse> {
    const response = await post(d, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, changes });
    if (response.statusCode !== 200) throw new Error(`push failed: ${response.statusCode} ${response.body}`);
    return PushResponse.parse(response.json());
  }

  async function pull(d: Device, cursor: string | null = null, limit?: number): Promise<PullResponse> {
    const response = await post(d, '/v1/pull', { protocol: PROTOCOL_VERSION, cursor, ...(limit ? { limit } : {}) });
    if (response.statusCode !== 200) throw new Error(`pull failed: ${response.statusCode} ${response.body}`);
    return PullResponse.parse(response.json());
  }

  async function pullAll(d: Device, limit: number): Promise<ChangeRecord[]> {
    const all: ChangeRecord[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const body = await pull(d, cursor, limit);
      all.push(...body.changes);
      cursor = body.cursor;
      if (!body.more) return all;
    }
    throw new Error('pull never finished');
  }

  async function count(table: 'sync_changes' | 'sync_devices' | 'sync_entities'): Promise<number> {
    const row = await h.server.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function versions(): Promise<number[]> {
    const rows = await h.server.db.selectFrom('sync_changes').select('version').orderBy('version').execute();
    return rows.map((r) => Number(r.version));
  }

  it('round-trips: a push is pulled by another device of the team, not by another team', async () => {
    const a = await device();
    const b = await device();
    const other = await device('rep', 'south');
    const changes = [setCase(a, 1), setCase(a, 2, { owner: 'ann' })];
    expect(await push(a, changes)).toEqual({ ackedThrough: 2, rejected: [], stoppedAtGap: null, clockRefused: [] });

    const pulled = await pull(b);
    expect(pulled.changes).toEqual(changes);
    expect(pulled.more).toBe(false);
    expect(pulled.cursor).not.toBeNull();
    // Nothing new after the cursor.
    expect((await pull(b, pulled.cursor)).changes).toEqual([]);
    expect((await pull(other)).changes).toEqual([]);

    // The merged state went through applyChange.
    const state = await h.server.db.selectFrom('sync_entities').select('state').executeTakeFirstOrThrow();
    const parsed = JSON.parse(state.state) as { fields: Record<string, { value: unknown }>; log: unknown[] };
    expect(parsed.log).toHaveLength(2);
    expect(parsed.fields['status']?.value).toBe('s1');
    expect(parsed.fields['owner']?.value).toBe('ann');
  });

  it('pages a pull by limit with a cursor and `more`', async () => {
    const a = await device();
    const changes = [1, 2, 3, 4, 5].map((seq) => setCase(a, seq));
    await push(a, changes);
    const first = await pull(a, null, 2);
    expect(first.changes.map((c) => c.seq)).toEqual([1, 2]);
    expect(first.more).toBe(true);
    expect(await pullAll(a, 2)).toEqual(changes);
  });

  it('stores a repeated push once and answers it the same', async () => {
    const a = await device();
    const changes = [setCase(a, 1), setCase(a, 2)];
    const first = await push(a, changes);
    const second = await push(a, changes);
    expect(second).toEqual(first);
    expect(second.ackedThrough).toBe(2);
    expect(await count('sync_changes')).toBe(2);
    expect(await versions()).toEqual([1, 2]);
  });

  it('stops at a gap, keeping what came before it', async () => {
    const a = await device();
    expect(await push(a, [setCase(a, 1), setCase(a, 3)])).toEqual({ ackedThrough: 1, rejected: [], stoppedAtGap: 2, clockRefused: [] });
    expect(await push(a, [setCase(a, 5)])).toMatchObject({ ackedThrough: 1, stoppedAtGap: 2 });
    expect(await count('sync_changes')).toBe(1);
  });

  it('stores a forbidden change as rejected, advances past it, and tells its author again on retry', async () => {
    const qa = await device('qa', 'north');
    const rep = await device('rep', 'north');
    const changes = [setCase(qa, 1), setCase(qa, 2, { owner: 'x' })];
    const first = await push(qa, changes);
    expect(first.ackedThrough).toBe(2);
    expect(first.rejected.map((r) => r.seq)).toEqual([1, 2]);
    expect(first.rejected[0]?.reason).toMatch(/^forbidden: qa writes scores, never call content/);
    expect(await push(qa, changes)).toEqual(first);
    // The next change follows on: the device is not stuck (a score of a call of the team).
    const callId = newId();
    const call: ChangeRecord = { ...setCase(rep, 1, { id: newId(), type: 'note' }, 0, callId), kind: 'append', entity: 'call_event' };
    await push(rep, [call]);
    const score: ChangeRecord = { ...setCase(qa, 3, { id: newId(), total: 8 }, 0, callId), kind: 'append', entity: 'score' };
    expect(await push(qa, [score])).toEqual({ ackedThrough: 3, rejected: [], stoppedAtGap: null, clockRefused: [] });
    // Rejected changes are never served to others as if accepted.
    expect((await pull(rep)).changes).toEqual([call, score]);
    const stored = await h.server.db.selectFrom('sync_changes').select(['seq', 'status', 'reason']).where('device_id', '=', qa.deviceId).orderBy('seq').execute();
    expect(stored.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
  });

  it('stores a change the merge refuses (an event after the call was finalized) as rejected, and advances', async () => {
    const a = await device();
    const callId = newId();
    const event = (seq: number, offsetMs: number): ChangeRecord => ({ ...setCase(a, seq, { id: newId(), type: 'note' }, offsetMs, callId), kind: 'append', entity: 'call_event' });
    const finalize: ChangeRecord = { ...setCase(a, 2, {}, 1, callId), kind: 'terminal', entity: 'call_event' };
    const answer = await push(a, [event(1, 0), finalize, event(3, 2)]);
    expect(answer.ackedThrough).toBe(3);
    expect(answer.rejected).toEqual([{ seq: 3, reason: FROZEN_REASON }]);
    expect((await pull(a)).changes.map((c) => c.seq)).toEqual([1, 2]);
  });

  it('trainees write practice data only and pull nothing real', async () => {
    const rep = await device();
    const real = setCase(rep, 1);
    await push(rep, [real]);
    const trainee = await device('trainee', 'north');
    const practice = setCase(trainee, 2, { status: 'open' }, 0, newId());
    const answer = await push(trainee, [setCase(trainee, 1), practice]);
    expect(answer.ackedThrough).toBe(2);
    expect(answer.rejected.map((r) => r.seq)).toEqual([1]);
    expect(answer.rejected[0]?.reason).toMatch(/^forbidden: a trainee writes practice data only/);
    expect((await pull(trainee)).changes).toEqual([practice]);
    expect((await pull(rep)).changes).toEqual([real]);
  });

  it('refuses a cloned device (a known seq with different content) with 409 and writes nothing', async () => {
    const a = await device();
    await push(a, [setCase(a, 1)]);
    const before = { changes: await count('sync_changes'), versions: await versions() };
    const response = await post(a, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [setCase(a, 1), setCase(a, 2)] });
    expect(response.statusCode).toBe(409);
    expect(ErrorBody.parse(response.json()).error.code).toBe('cloned_device');
    expect(ErrorBody.parse(response.json()).error.message).toMatch(/Enrol it again/);
    expect(await count('sync_changes')).toBe(before.changes);
    expect(await versions()).toEqual(before.versions);
    expect((await push(a, [])).ackedThrough).toBe(1);
  });

  it('refuses a stamp more than 2 minutes ahead, then accepts it re-stamped', async () => {
    const a = await device();
    const ok = setCase(a, 1, { status: 'a' }, 120_000); // exactly at the limit: accepted
    const ahead = setCase(a, 2, { status: 'b' }, 120_001);
    const after = setCase(a, 3);
    const answer = await push(a, [ok, ahead, after]);
    expect(answer).toEqual({ ackedThrough: 1, rejected: [], stoppedAtGap: null, clockRefused: [{ seq: 2, serverNow: h.clock.now.getTime() }] });
    expect(await count('sync_changes')).toBe(1);
    const restamped = { ...ahead, hlc: formatHlc({ ms: h.clock.now.getTime(), counter: 9, node: a.deviceId }) };
    expect(await push(a, [restamped, after])).toMatchObject({ ackedThrough: 3, clockRefused: [] });
    expect((await pull(a)).changes.map((c) => c.seq)).toEqual([1, 2, 3]);
  });

  it('gives concurrent pushes of a team gapless distinct versions, and a pull sees all', async () => {
    const devices = await Promise.all([device(), device(), device()]);
    const batches = devices.map((d) => Array.from({ length: 10 }, (_, i) => setCase(d, i + 1, { status: `${d.deviceId}-${i}` }, 0, newId())));
    // Two rounds per device, all in flight together, plus a retry of each first round.
    const answers = await Promise.all(
      devices.flatMap((d, i) => {
        const batch = batches[i] ?? [];
        return [push(d, batch.slice(0, 5)), push(d, batch.slice(0, 5)), push(d, batch.slice(0, 10))];
      }),
    );
    for (const answer of answers) expect(answer.clockRefused).toEqual([]);
    for (const d of devices) expect((await push(d, [])).ackedThrough).toBe(10);
    expect(await versions()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const pulled = await pullAll(devices[0] as Device, 7);
    expect(pulled).toHaveLength(30);
    expect(new Set(pulled.map((c) => c.id))).toEqual(new Set(batches.flat().map((c) => c.id)));
  });

  it('refuses bad bodies with 400 and writes nothing', async () => {
    const a = await device();
    const other = await device();
    const good = setCase(a, 1);
    const bodies: unknown[] = [
      {},
      { protocol: PROTOCOL_VERSION },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: 'x' },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, seq: 0 }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, hlc: 'nope' }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, entity: 'planet' }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, fields: { Status: 'x' } }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, fields: {} }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [good, good] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [{ ...good, extra: 1 }] },
      { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [setCase(other, 1)] },
    ];
    for (const body of bodies) {
      const response = await post(a, '/v1/push', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(ErrorBody.parse(response.json()).error.code).toMatch(/invalid_request|protocol_missing/);
    }
    const raw = await h.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: { authorization: `Bearer ${a.token}`, 'x-heard-device': a.deviceId, 'content-type': 'application/json', 'x-heard-protocol': String(PROTOCOL_VERSION) },
      payload: '{"protocol":',
    });
    expect(raw.statusCode).toBe(400);
    const proto = await h.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: { authorization: `Bearer ${a.token}`, 'x-heard-device': a.deviceId, 'content-type': 'application/json' },
      payload: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [good] }).replace('"fields":{', '"fields":{"__proto__":{"x":1},'),
    });
    expect(proto.statusCode).toBe(400);
    // Another device's changes: refused whole.
    const foreign = await post(a, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: other.deviceId, changes: [setCase(other, 1)] });
    expect(foreign.statusCode).toBe(403);
    for (const body of [{ protocol: PROTOCOL_VERSION, cursor: 'abc' }, { protocol: PROTOCOL_VERSION, cursor: null, limit: 0 }, { protocol: PROTOCOL_VERSION, cursor: '1'.repeat(30) }, { protocol: PROTOCOL_VERSION }]) {
      expect((await post(a, '/v1/pull', body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await count('sync_changes')).toBe(0);
    expect(await count('sync_devices')).toBe(0);
    expect(await count('sync_entities')).toBe(0);
  });

  it('leaves no partial rows when a push fails midway', async () => {
    const a = await device();
    await push(a, [setCase(a, 1)]);
    h.faults.afterStore = (index) => {
      if (index === 1) throw new Error('injected failure');
    };
    const response = await post(a, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: a.deviceId, changes: [setCase(a, 2), setCase(a, 3), setCase(a, 4)] });
    expect(response.statusCode).toBe(500);
    expect(await count('sync_changes')).toBe(1);
    expect(await versions()).toEqual([1]);
    const state = await h.server.db.selectFrom('sync_entities').select('state').executeTakeFirstOrThrow();
    expect((JSON.parse(state.state) as { log: unknown[] }).log).toHaveLength(1);
    expect((await push(a, [])).ackedThrough).toBe(1);
    // The retry after the fault goes through whole, with the next versions.
    h.faults.afterStore = undefined;
    expect((await push(a, [setCase(a, 2), setCase(a, 3)])).ackedThrough).toBe(3);
    expect(await versions()).toEqual([1, 2, 3]);
  });

  it('keeps text PostgreSQL could refuse (NUL) intact through push and pull', async () => {
    const a = await device();
    const change = setCase(a, 1, { status: 'x\u0000y', note: 'é 😀' });
    expect((await push(a, [change])).ackedThrough).toBe(1);
    expect((await pull(a)).changes).toEqual([change]);
  });

  it('needs an enrolled device', async () => {
    const response = await h.app.inject({ method: 'POST', url: '/v1/pull', payload: { protocol: PROTOCOL_VERSION, cursor: null } });
    expect(response.statusCode).toBe(401);
  });
});

const CASE_ID = '0190a2b4-0000-7000-8000-000000000001';
