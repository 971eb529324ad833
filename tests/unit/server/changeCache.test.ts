import { describe, expect, it } from 'vitest';
import { newId } from '../../../core/model/ids.js';
import type { ChangeRecord } from '../../../core/sync/change.js';
import type { EnrolResponse, Role } from '../../../core/sync/enrolment.js';
import { formatHlc } from '../../../core/sync/hlc.js';
import { PullResponse, PushResponse } from '../../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import type { ServerDb } from '../../../server/db/connect.js';
import { cachedAfter, forgetChanges, rememberChanges } from '../../../server/sync/changeCache.js';
import { ENGINES } from './engines.js';
import { enrolOk, newUserCode, useHarnessPerTest } from './harness.js';

// A pull answered from the process's change cache (changeCache.ts: filled by pushes as they
// commit) must be byte for byte the answer read from the database, rejected changes and
// awkward text included, and both must be what JSON.stringify of the PullResponse gives.

describe.each(ENGINES)('pulls from the change cache on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  async function device(role: Role = 'rep'): Promise<EnrolResponse> {
    return enrolOk(h, await newUserCode(h, role, 'north'));
  }

  function post(d: EnrolResponse, url: '/v1/push' | '/v1/pull', payload: object) {
    return h.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${d.token}`, 'x-heard-device': d.deviceId }, payload });
  }

  function change(d: EnrolResponse, seq: number, c: Pick<ChangeRecord, 'kind' | 'entity' | 'entityId' | 'fields'>, offsetMs = 0): ChangeRecord {
    return { deviceId: d.deviceId, seq, id: newId(), hlc: formatHlc({ ms: h.clock.now.getTime() + offsetMs, counter: seq, node: d.deviceId }), ...c };
  }

  async function pages(d: EnrolResponse, limit: number): Promise<string[]> {
    const bodies: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const response = await post(d, '/v1/pull', { protocol: PROTOCOL_VERSION, cursor, limit });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      bodies.push(response.body);
      const body = PullResponse.parse(response.json());
      cursor = body.cursor;
      if (!body.more) return bodies;
    }
    throw new Error('pull never finished');
  }

  it('serves the same bytes warm and cold, skipping rejected changes', async () => {
    const rep = await device();
    const qa = await device('qa');
    const caseId = newId();
    const callId = newId();
    const awkward = { status: 'x\u0000y', note: 'é 😀 "quoted" \\ back', lone: '\ud800', nested: { b: [1.5, -1.25, 1e21, null, true], a: { z: 'z' } } };
    const repChanges = [
      change(rep, 1, { kind: 'set', entity: 'case', entityId: caseId, fields: awkward }),
      change(rep, 2, { kind: 'append', entity: 'call_event', entityId: callId, fields: { id: newId(), type: 'call.started' } }),
      change(rep, 3, { kind: 'terminal', entity: 'call_event', entityId: callId, fields: {} }, 1),
      // Stamped after the finalization: stored as rejected, never served.
      change(rep, 4, { kind: 'append', entity: 'call_event', entityId: callId, fields: { id: newId(), type: 'note' } }, 2),
      change(rep, 5, { kind: 'set', entity: 'case', entityId: caseId, fields: { status: 'closed' } }, 3),
    ];
    const pushed = PushResponse.parse((await post(rep, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: rep.deviceId, changes: repChanges })).json());
    expect(pushed.rejected.map((r) => r.seq)).toEqual([4]);
    // QA may not write a case: rejected too, between accepted changes.
    const refused = change(qa, 1, { kind: 'set', entity: 'case', entityId: caseId, fields: { status: 'qa' } });
    expect(PushResponse.parse((await post(qa, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: qa.deviceId, changes: [refused] })).json()).rejected).toHaveLength(1);
    const later = change(rep, 6, { kind: 'set', entity: 'case', entityId: caseId, fields: { priority: 'high' } }, 4);
    await post(rep, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: rep.deviceId, changes: [later] });

    for (const limit of [1, 2, 3, 1000]) {
      const warm = await pages(rep, limit);
      forgetChanges(h.server);
      const cold = await pages(rep, limit);
      expect(warm).toEqual(cold);
      for (const body of warm) expect(body).toBe(JSON.stringify(JSON.parse(body)));
      const served = warm.flatMap((body) => PullResponse.parse(JSON.parse(body)).changes);
      expect(served).toEqual([...repChanges.filter((c) => c.seq !== 4), later]);
    }
  });
});

describe('the change cache keeps one contiguous run per space', () => {
  const server = {} as ServerDb;
  const item = (v: number) => `{"v":${v}}`;

  it('extends at either end, keeps the newer of two runs that do not touch, and stops at the first missing version', () => {
    rememberChanges(server, 's', 5, [item(5), null, item(7)]);
    expect(cachedAfter(server, 's', 4, 10)).toEqual([item(5), null, item(7)]);
    rememberChanges(server, 's', 8, [item(8)]);
    rememberChanges(server, 's', 3, [item(3), item(4), item(5)]);
    expect(cachedAfter(server, 's', 2, 100)).toEqual([item(3), item(4), item(5), null, item(7), item(8)]);
    expect(cachedAfter(server, 's', 6, 1)).toEqual([item(7)]);
    expect(cachedAfter(server, 's', 1, 5)).toEqual([]);
    expect(cachedAfter(server, 's', 8, 5)).toEqual([]);
    // A run that does not touch: the newer one is kept.
    rememberChanges(server, 's', 20, [item(20)]);
    expect(cachedAfter(server, 's', 19, 5)).toEqual([item(20)]);
    expect(cachedAfter(server, 's', 2, 5)).toEqual([]);
    rememberChanges(server, 's', 10, [item(10)]);
    expect(cachedAfter(server, 's', 19, 5)).toEqual([item(20)]);
    expect(cachedAfter(server, 'other', 0, 5)).toEqual([]);
  });
});
