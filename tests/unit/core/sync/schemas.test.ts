import { describe, expect, it } from 'vitest';
import { ChangeRecord } from '../../../../core/sync/change.js';
import { PullRequest, PullResponse, PushRequest, PushResponse, SYNC_LIMITS } from '../../../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../../../core/sync/protocol.js';
import { CASE_ID, COMMITMENT_ID, at, uuid } from './build.js';

const DEVICE = uuid(0xd);
const setCase = (seq: number, fields: Record<string, unknown> = { status: 'pending' }) => ({
  deviceId: DEVICE,
  seq,
  id: uuid(seq),
  kind: 'set',
  entity: 'case',
  entityId: CASE_ID,
  fields,
  hlc: at(seq, DEVICE),
});

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message).join('; ') ?? '';

describe('ChangeRecord', () => {
  it('accepts a well-formed change of each kind', () => {
    expect(ChangeRecord.safeParse(setCase(1)).success).toBe(true);
    const note = { ...setCase(2), kind: 'append', entity: 'note', fields: { id: uuid(99), body: 'Called back' } };
    expect(ChangeRecord.safeParse(note).success).toBe(true);
    const done = { ...setCase(3), kind: 'terminal', entity: 'commitment', entityId: COMMITMENT_ID, fields: { status: 'done' } };
    expect(ChangeRecord.safeParse(done).success).toBe(true);
  });

  it.each([
    ['seq 0', { seq: 0 }, /expected number to be >=1|Too small/i],
    ['a fractional seq', { seq: 1.5 }, /int/i],
    ['an unknown entity', { entity: 'invoice' }, /Invalid option|expected one of/i],
    ['a bad stamp', { hlc: 'yesterday' }, /not a hybrid logical clock stamp/],
    ["another device's stamp", { hlc: at(1, 'someone-else') }, /node must be the change's deviceId/],
    ['no fields', { fields: {} }, /at least one field/],
    ['a field that is not an identifier', { fields: { 'Status!': 1 } }, /Invalid key in record/],
    ['a non-JSON value', { fields: { status: undefined } }, /JSON|Invalid/i],
    ['an unknown key', { extra: 1 }, /Unrecognized key/],
    ['an append on a case', { kind: 'append' }, /case does not take 'append'/],
    ['a reopened commitment', { entity: 'commitment', fields: { status: 'open' } }, /only through a 'terminal'/],
  ])('refuses %s', (_name, patch, message) => {
    expect(messages(ChangeRecord.safeParse({ ...setCase(1), ...patch }))).toMatch(message);
  });

  it('never carries a __proto__ field from the wire into the record', () => {
    const fields = JSON.parse('{"__proto__": {"polluted": true}, "status": "open"}') as unknown;
    const parsed = ChangeRecord.parse({ ...setCase(1), fields });
    expect(Object.keys(parsed.fields)).toEqual(['status']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an append without a row uuid and an oversized change', () => {
    const append = { ...setCase(1), kind: 'append', entity: 'note', fields: { body: 'x' } };
    expect(messages(ChangeRecord.safeParse(append))).toMatch(/uuid in fields.id/);
    const big = setCase(1, { summary: 'x'.repeat(70_000) });
    expect(messages(ChangeRecord.safeParse(big))).toMatch(/fields larger than/);
  });
});

describe('push and pull messages', () => {
  it('a push is one device, in increasing seq order, within the batch limit', () => {
    const ok = { protocol: PROTOCOL_VERSION, deviceId: DEVICE, changes: [setCase(1), setCase(2), setCase(4)] };
    expect(PushRequest.safeParse(ok).success).toBe(true);
    expect(messages(PushRequest.safeParse({ ...ok, changes: [setCase(2), setCase(1)] }))).toMatch(/strictly increasing/);
    expect(messages(PushRequest.safeParse({ ...ok, deviceId: 'other' }))).toMatch(/from the pushing device/);
    const tooMany = Array.from({ length: SYNC_LIMITS.pushChanges + 1 }, (_, i) => setCase(i + 1));
    expect(PushRequest.safeParse({ ...ok, changes: tooMany }).success).toBe(false);
  });

  it('a push response says how far it got and why', () => {
    const res = { ackedThrough: 4, rejected: [{ seq: 3, reason: 'forbidden' }], stoppedAtGap: 6, clockRefused: [{ seq: 5, serverNow: 1_700_000_000_000 }] };
    expect(PushResponse.parse(res)).toEqual(res);
    expect(PushResponse.safeParse({ ...res, ackedThrough: -1 }).success).toBe(false);
  });

  it('a pull is paged with a bounded limit and an opaque cursor', () => {
    expect(PullRequest.parse({ protocol: PROTOCOL_VERSION, cursor: null })).toEqual({ protocol: PROTOCOL_VERSION, cursor: null, limit: SYNC_LIMITS.pullDefault });
    expect(PullRequest.safeParse({ protocol: PROTOCOL_VERSION, cursor: null, limit: SYNC_LIMITS.pullMax + 1 }).success).toBe(false);
    expect(PullRequest.safeParse({ protocol: PROTOCOL_VERSION, cursor: '', limit: 10 }).success).toBe(false);
    expect(PullResponse.safeParse({ changes: [setCase(1)], cursor: '42', more: false }).success).toBe(true);
  });
});
