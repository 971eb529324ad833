import type { Role } from '../../core/sync/enrolment.js';
import type { Entity } from '../../core/sync/rules.js';
import type { EntityState } from '../../core/sync/state.js';
import { perDatabase } from '../prepared.js';
import type { ReadableDb, WritableDb } from '../transaction.js';

// The client's sync bookkeeping (migration 0040): the account this device syncs as, small
// persistent facts (cursor, paused, last error), and the merged state of pulled entities.

export type TokenSealing = 'plain' | 'safeStorage';

export type SyncAccount = {
  serverUrl: string;
  deviceName: string;
  userId: string;
  userName: string;
  role: Role;
  team: string | null;
  /** Sealed as `tokenSealing` says; only the backend's TokenSealer opens it. */
  token: string;
  tokenSealing: TokenSealing;
  enrolledAt: number;
};

/** The keys of sync_meta and the JSON each holds. */
export type SyncMeta = {
  /** The server's pull cursor after the last applied page; null before the first. */
  cursor: string | null;
  /** The rep chose to work offline: nothing is sent or fetched until they resume. */
  paused: boolean;
  /** The last failure of a sync round, shown until a round succeeds. */
  lastError: { message: string; at: number } | null;
  /** When a round last completed (everything sent and fetched). */
  lastSyncAt: number | null;
  /** The refused changes up to this outbox seq have been shown to the rep. */
  reviewedThrough: number;
};

const DEFAULTS: SyncMeta = { cursor: null, paused: false, lastError: null, lastSyncAt: null, reviewedThrough: 0 };

const statements = perDatabase((db: ReadableDb) => ({
  account: db.prepare<[], SyncAccount>(
    `SELECT server_url AS serverUrl, device_name AS deviceName, user_id AS userId, user_name AS userName, role, team,
            token, token_sealing AS tokenSealing, enrolled_at AS enrolledAt FROM sync_account WHERE one = 1`,
  ),
  saveAccount: db.prepare<[string, string, string, string, string, string | null, string, string, number]>(
    `INSERT OR REPLACE INTO sync_account (one, server_url, device_name, user_id, user_name, role, team, token, token_sealing, enrolled_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  deleteAccount: db.prepare(`DELETE FROM sync_account`),
  meta: db.prepare<[string], string>(`SELECT value FROM sync_meta WHERE key = ?`).pluck(),
  setMeta: db.prepare<[string, string]>(`INSERT OR REPLACE INTO sync_meta (key, value) VALUES (?, ?)`),
  entity: db.prepare<[string, string], string>(`SELECT state FROM sync_entities WHERE entity = ? AND entity_id = ?`).pluck(),
  saveEntity: db.prepare<[string, string, string]>(`INSERT OR REPLACE INTO sync_entities (entity, entity_id, state) VALUES (?, ?, ?)`),
  markUnprojected: db.prepare<[string, string]>(`INSERT OR IGNORE INTO sync_unprojected (entity, entity_id) VALUES (?, ?)`),
  clearUnprojected: db.prepare<[string, string]>(`DELETE FROM sync_unprojected WHERE entity = ? AND entity_id = ?`),
  unprojected: db.prepare<[], { entity: Entity; entityId: string }>(`SELECT entity, entity_id AS entityId FROM sync_unprojected`),
}));

export function readAccount(db: ReadableDb): SyncAccount | null {
  return statements(db).account.get() ?? null;
}

export function saveAccount(w: WritableDb, a: SyncAccount): void {
  statements(w).saveAccount.run(a.serverUrl, a.deviceName, a.userId, a.userName, a.role, a.team, a.token, a.tokenSealing, a.enrolledAt);
}

export function deleteAccount(w: WritableDb): void {
  statements(w).deleteAccount.run();
}

export function readMeta<K extends keyof SyncMeta>(db: ReadableDb, key: K): SyncMeta[K] {
  const raw = statements(db).meta.get(key);
  return raw === undefined ? DEFAULTS[key] : (JSON.parse(raw) as SyncMeta[K]);
}

export function writeMeta<K extends keyof SyncMeta>(w: WritableDb, key: K, value: SyncMeta[K]): void {
  statements(w).setMeta.run(key, JSON.stringify(value));
}

export function readEntityState(db: ReadableDb, entity: Entity, entityId: string): EntityState | null {
  const raw = statements(db).entity.get(entity, entityId);
  return raw === undefined ? null : (JSON.parse(raw) as EntityState);
}

export function saveEntityState(w: WritableDb, state: EntityState): void {
  statements(w).saveEntity.run(state.entity, state.entityId, JSON.stringify(state));
}

export function markUnprojected(w: WritableDb, entity: Entity, entityId: string): void {
  statements(w).markUnprojected.run(entity, entityId);
}

export function clearUnprojected(w: WritableDb, entity: Entity, entityId: string): void {
  statements(w).clearUnprojected.run(entity, entityId);
}

export function unprojectedEntities(db: ReadableDb): { entity: Entity; entityId: string }[] {
  return statements(db).unprojected.all();
}
