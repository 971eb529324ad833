import { expect } from 'vitest';
import type { ChangeRecord } from '../../core/sync/change.js';
import { HLC_MAX_DRIFT_MS, parseHlc } from '../../core/sync/hlc.js';
import { canonicalJson } from '../../core/sync/json.js';
import type { EntityState } from '../../core/sync/state.js';
import type { ServerDb } from '../../server/db/connect.js';
import { applyTo, viewOf, type Replica } from './syncSim.js';

// What "nothing lost, nothing duplicated" means on the server, checked the same way by the
// fault simulation and by the server kill -9 test: read straight from the server's tables.

/**
 * Every change created is stored exactly once, as sent and not rejected: one sync_changes
 * row per (device, seq) and per change id, nothing extra; each device's position is its last
 * seq; each entity's log holds each change once; no stored stamp is more than the allowed
 * drift ahead of the server's clock when it stored it.
 */
export async function expectStoredOnce(server: ServerDb, space: string, deviceIds: readonly string[], created: readonly ChangeRecord[]): Promise<void> {
  const byId = new Map(created.map((c) => [c.id, c]));
  expect(byId.size, 'change ids made by the clients are unique').toBe(created.length);
  const rows = await server.db.selectFrom('sync_changes').selectAll().where('space', '=', space).execute();
  const storedIds = rows.map((r) => r.change_id);
  expect(new Set(storedIds).size, 'duplicated on the server').toBe(storedIds.length);
  expect(new Set(rows.map((r) => `${r.device_id}/${Number(r.seq)}`)).size, 'one row per (device, seq)').toBe(rows.length);
  expect([...storedIds].sort(), 'lost or extra on the server').toEqual([...byId.keys()].sort());
  for (const row of rows) {
    const mine = byId.get(row.change_id) as ChangeRecord;
    expect({ device: row.device_id, seq: Number(row.seq), hlc: row.hlc, fields: canonicalJson(JSON.parse(row.fields) as never) }).toEqual({
      device: mine.deviceId,
      seq: mine.seq,
      hlc: mine.hlc,
      fields: canonicalJson(mine.fields),
    });
    expect(row.status, `change ${row.change_id}: ${row.reason ?? ''}`).not.toBe('rejected');
    const ahead = parseHlc(row.hlc).ms - Date.parse(row.stored_at);
    expect(ahead, `change ${row.change_id} stamped ${ahead} ms ahead of the server when stored`).toBeLessThanOrEqual(HLC_MAX_DRIFT_MS);
  }

  const lastSeq = new Map<string, number>(deviceIds.map((id) => [id, 0]));
  for (const c of created) lastSeq.set(c.deviceId, Math.max(lastSeq.get(c.deviceId) ?? 0, c.seq));
  const positions = await server.db.selectFrom('sync_devices').selectAll().where('device_id', 'in', [...lastSeq.keys()]).execute();
  const posOf = new Map(positions.map((p) => [p.device_id, Number(p.last_seq)]));
  for (const [device, last] of lastSeq) expect(posOf.get(device) ?? 0, `position of ${device}`).toBe(last);

  const logged = new Map<string, number>();
  for (const state of await serverStates(server, space)) for (const c of state.log) logged.set(c.id, (logged.get(c.id) ?? 0) + 1);
  expect([...logged.entries()].filter(([, n]) => n !== 1), 'a change logged more than once').toEqual([]);
  expect([...logged.keys()].sort(), 'entity logs hold every change').toEqual([...byId.keys()].sort());
}

async function serverStates(server: ServerDb, space: string): Promise<EntityState[]> {
  const entities = await server.db.selectFrom('sync_entities').selectAll().where('space', '=', space).execute();
  return entities.map((e) => JSON.parse(e.state) as EntityState);
}

/** What a fresh device pulled is every change once, as created; returns the view it makes. */
export function expectPulledOnce(pulled: readonly ChangeRecord[], created: readonly ChangeRecord[]): Record<string, unknown> {
  const byId = new Map(created.map((c) => [c.id, c]));
  const pulledIds = pulled.map((c) => c.id);
  expect(new Set(pulledIds).size, 'duplicated in a pull').toBe(pulledIds.length);
  expect([...pulledIds].sort(), 'lost or extra in a pull').toEqual([...byId.keys()].sort());
  for (const change of pulled) expect(change).toEqual(byId.get(change.id));
  const fresh: Replica = new Map();
  for (const change of pulled) applyTo(fresh, change);
  return viewOf(fresh);
}

/** The server's own merged state of the space, comparable with viewOf a replica. */
export async function serverView(server: ServerDb, space: string): Promise<Record<string, unknown>> {
  const states = await serverStates(server, space);
  return viewOf(new Map(states.map((s) => [`${s.entity}/${s.entityId}`, s])));
}
