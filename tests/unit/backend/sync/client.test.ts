import { describe, expect, it } from 'vitest';
import { HLC_MAX_DRIFT_MS, parseHlc } from '../../../../core/sync/hlc.js';
import type { BackendConfig } from '../../../../backend/context.js';
import { keyVault, plainVault } from '../../../../backend/sync/vault.js';
import { ENGINES, sqliteEngine } from '../../server/engines.js';
import { useSyncWorld, type Desk } from './harness.js';

// The real client sync loop (backend/sync) against the real server, on both engines.

async function history(desk: Desk, customerId: string) {
  return desk.ok('customers.history', { customerId });
}

describe.each(ENGINES)('desk sync on %s', (_name, makeEngine) => {
  const world = useSyncWorld(makeEngine);

  it('sends a call with its case and note from one desk, and the other desk sees all of it', async () => {
    const ana = await world.desk('Ana');
    const ben = await world.desk('Ben');
    const call = await ana.startCall();
    await ana.record(call.callId, { type: 'note.added', body: 'Refund promised by Friday' });
    await ana.sync();
    expect((await ana.status()).waiting).toBe(0);
    await ben.sync();
    const seen = await history(ben, call.customer.id);
    expect(seen.customer.name).toBe('Maria Gonzalez');
    expect(seen.cases.map((c) => c.subject)).toEqual(['Refund not received']);
    expect(seen.recentCalls.map((c) => c.id)).toEqual([call.callId]);
    expect(JSON.stringify(seen)).toContain('Refund promised by Friday');
    expect((await ben.status()).state).toBe('online');
  });

  it('finalizes an ended call on the server, so its record is frozen everywhere', async () => {
    const ana = await world.desk('Ana');
    const call = await ana.startCall();
    await ana.record(call.callId, { type: 'closing.override', missing: ['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked'], reason: 'Caller hung up' } as never);
    await ana.record(call.callId, { type: 'call.ended' });
    await ana.sync();
    const row = await world.server().db.selectFrom('sync_entities').select('state').where('entity', '=', 'call_event').where('entity_id', '=', call.callId).executeTakeFirstOrThrow();
    const state = JSON.parse(row.state) as { terminal: unknown; rows: Record<string, unknown> };
    expect(state.terminal).not.toBeNull();
    expect(Object.keys(state.rows).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps working offline, shows what waits, and catches up when the server is back', async () => {
    const ana = await world.desk('Ana');
    await world.stopServer();
    const customer = await ana.customer('Lee Offline', '(415) 555-0101');
    await ana.sync();
    let status = await ana.status();
    expect(status.state).toBe('offline');
    expect(status.waiting).toBeGreaterThan(0);
    expect(status.lastError?.message).toMatch(/cannot be reached/);
    world.now.ms += 90_000;
    expect((await ana.status()).oldestWaitingAgeMs).toBe(90_000);
    await world.startServer();
    await ana.sync();
    status = await ana.status();
    expect(status).toMatchObject({ state: 'online', waiting: 0, lastError: null });
    const ben = await world.desk('Ben');
    await ben.sync();
    expect((await history(ben, customer.id)).customer.name).toBe('Lee Offline');
  });

  it('re-stamps changes from a desk whose clock runs a year ahead, and the server never stores a far-future stamp', async () => {
    const ahead = await world.desk('Ahead', { skewMs: 365 * 24 * 3600_000 });
    const customer = await ahead.customer('Future Clock', '(415) 555-0102');
    await ahead.sync();
    expect((await ahead.status()).waiting).toBe(0);
    const stored = await world.server().db.selectFrom('sync_changes').select(['hlc', 'stored_at']).execute();
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(parseHlc(row.hlc).ms).toBeLessThanOrEqual(Date.parse(row.stored_at) + HLC_MAX_DRIFT_MS);
    const ben = await world.desk('Ben');
    await ben.sync();
    expect((await history(ben, customer.id)).customer.name).toBe('Future Clock');
  });

  it('lets a desk three days behind write and sync as usual', async () => {
    const behind = await world.desk('Behind', { skewMs: -3 * 24 * 3600_000 });
    const customer = await behind.customer('Past Clock', '(415) 555-0103');
    await behind.sync();
    expect((await behind.status()).waiting).toBe(0);
    const ben = await world.desk('Ben');
    await ben.sync();
    expect((await history(ben, customer.id)).customer.name).toBe('Past Clock');
  });

  it('shows a refused change to its author with the reason, and keeps syncing', async () => {
    const qa = await world.desk('Quinn', { role: 'qa' });
    await qa.customer('Not For QA', '(415) 555-0104');
    await qa.sync();
    const status = await qa.status();
    expect(status.waiting).toBe(0);
    expect(status.rejected).toBeGreaterThan(0);
    const { rejected } = await qa.ok('sync.rejections', {});
    expect(rejected[0]).toMatchObject({ entity: 'customer', summary: expect.stringContaining('Not For QA') as string, reason: expect.stringMatching(/forbidden/) as string });
    expect(status.unreviewed).toBe(status.rejected);
    const reviewed = await qa.ok('sync.reviewRejections', { throughSeq: rejected[0]!.seq });
    expect(reviewed).toMatchObject({ rejected: status.rejected, unreviewed: 0 });
    qa.reopen();
    expect((await qa.status()).unreviewed).toBe(0);
  });

  it('says signed out when the token is revoked, and works again after enrolling anew', async () => {
    const ana = await world.desk('Ana');
    const { revokeDevice } = await import('../../../../server/auth/users.js');
    await revokeDevice(world.server(), (await ana.status()).device.id);
    await ana.customer('After Revoke', '(415) 555-0105');
    await ana.sync();
    expect((await ana.status()).state).toBe('signed_out');
    // Signed out while working offline: a new sign-in syncs again (the pause does not carry over).
    await ana.ok('sync.setPaused', { paused: true });
    await ana.backend.context.sync.enrol({ serverUrl: world.url(), code: await world.code('rep', 'north', 'Ana'), deviceName: 'Ana again' });
    const status = await ana.status();
    expect(status).toMatchObject({ state: 'online', waiting: 0 });
  });

  it('a copied store enrolled by another user takes a new identity and loses nothing', async () => {
    const ana = await world.desk('Ana', { enrol: false });
    await ana.customer('Before Enrol', '(415) 555-0106');
    const firstId = (await ana.status()).device.id;
    // Someone else already enrolled a desk with this id (a copy of the store file).
    await world.server().db.insertInto('users').values({ id: 'u-copy', name: 'Copy', role: 'rep', team: 'north', created_at: new Date(world.now.ms).toISOString() }).execute();
    await world.server().db.insertInto('devices').values({ id: firstId, user_id: 'u-copy', name: 'copy', token_hash: 'x', created_at: new Date(world.now.ms).toISOString(), revoked_at: null }).execute();
    await ana.backend.context.sync.enrol({ serverUrl: world.url(), code: await world.code(), deviceName: 'Ana desk' });
    const status = await ana.status();
    expect(status.enrolError).toBeNull();
    expect(status.device.id).not.toBe(firstId);
    expect(status).toMatchObject({ state: 'online', waiting: 0 });
    const stored = await world.server().db.selectFrom('sync_changes').select(['device_id', 'seq']).orderBy('seq').execute();
    expect(stored.map((r) => [r.device_id, Number(r.seq)])).toEqual(stored.map((_, i) => [status.device.id, i + 1]));
  });
});

describe('the token at rest', () => {
  const world = useSyncWorld(sqliteEngine);

  it('is stored sealed when the desk has a vault key, and a desk that cannot open it says signed out', async () => {
    const sync: NonNullable<BackendConfig['sync']> = { vault: keyVault(Buffer.alloc(32, 3)), intervalMs: 3_600_000 };
    const ana = await world.desk('Ana', { enrol: false, config: { sync } });
    await ana.backend.context.sync.enrol({ serverUrl: world.url(), code: await world.code(), deviceName: 'Ana desk' });
    const row = ana.backend.context.db.prepare(`SELECT token, token_sealing AS sealing FROM sync_account`).get() as { token: string; sealing: string };
    expect(row.sealing).toBe('safeStorage');
    expect((await ana.status()).state).toBe('online');
    expect(row.token).not.toMatch(/^[A-Za-z0-9_-]{43}$/); // not the bare token
    // The same store opened by a build without the key (browser mode): not readable, so signed out.
    sync.vault = plainVault;
    ana.reopen();
    await ana.customer('Unsent', '(415) 555-0107');
    await ana.sync();
    const status = await ana.status();
    expect(status.state).toBe('signed_out');
    expect(status.lastError?.message).toMatch(/cannot be read/);
    expect(status.waiting).toBeGreaterThan(0);
  });
});

describe('closing a desk', () => {
  const world = useSyncWorld(sqliteEngine);

  it('while a sync request is out leaves the closed store alone when the answer comes', async () => {
    // A real socket that takes requests and answers only when told to.
    const held: import('node:net').Socket[] = [];
    const { createServer } = await import('node:net');
    const hanging = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as import('node:net').AddressInfo).port;
    const ana = await world.desk('Ana');
    await ana.customer('In Flight', '(415) 555-0108');
    ana.backend.context.db.prepare(`UPDATE sync_account SET server_url = ?`).run(`http://127.0.0.1:${port}`);
    const round = ana.backend.context.sync.syncNow();
    await expect.poll(() => held.length).toBe(1);
    ana.backend.close();
    for (const s of held) s.end('HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n');
    await expect(round).resolves.toBeUndefined();
    for (const s of held) s.destroy();
    await new Promise<void>((resolve) => hanging.close(() => resolve()));
  });
});
