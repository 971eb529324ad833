import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerDb } from '../../../server/db/connect.js';
import { migrateToLatest } from '../../../server/db/migrate.js';
import { SERVER_MIGRATIONS } from '../../../server/db/migrations/registry.js';
import { ENGINES } from './engines.js';

// Migration 0030 moves data: each existing entity row gets the user of its earliest stored,
// not rejected change as owner. And from then on an id lives in one space only.

const AT = '2026-11-22T09:00:00.000Z';

async function migrateTo(server: ServerDb, name: string): Promise<void> {
  const migrator = new Migrator({
    db: server.db,
    provider: { getMigrations: async () => ({ ...SERVER_MIGRATIONS }) },
    migrationTableName: 'server_migrations',
    migrationLockTableName: 'server_migrations_lock',
  });
  const result = await migrator.migrateTo(name);
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
}

describe.each(ENGINES)('migration 0030_access on %s', (_name, makeEngine) => {
  const engine = makeEngine();
  beforeAll(engine.start);
  afterAll(engine.stop);

  it('fills each entity owner from its first accepted change, and keeps an id in one space', async () => {
    const server = await engine.fresh();
    try {
      await migrateTo(server, '0020_sync');
      const db = server.db;
      for (const [id, role] of [['u-qa', 'qa'], ['u-ann', 'rep'], ['u-bob', 'rep']] as const) {
        await db.insertInto('users').values({ id, name: id, role, team: 'north', created_at: AT }).execute();
        await db.insertInto('devices').values({ id: `d-${id}`, user_id: id, name: 'Desk', token_hash: `h-${id}`, created_at: AT, revoked_at: null }).execute();
      }
      await db.insertInto('sync_spaces').values({ space: 'north', version: 3 }).execute();
      const change = (user: string, version: number, status: 'applied' | 'rejected') => ({
        device_id: `d-${user}`, seq: version, change_id: `c${version}`, space: 'north', user_id: user, entity: 'call_event', entity_id: 'call-1',
        kind: 'append', fields: '{}', hlc: `h${version}`, status, reason: null, version, stored_at: AT,
      });
      // A forbidden write came first and must not make QA the call's owner; Ann took the call.
      await db.insertInto('sync_changes').values([change('u-qa', 1, 'rejected'), change('u-ann', 2, 'applied'), change('u-bob', 3, 'applied')]).execute();
      // Inserted through raw values: before 0030 the row has no owner column.
      await db.insertInto('sync_entities').values({ space: 'north', entity: 'call_event', entity_id: 'call-1', state: '{}' } as never).execute();

      expect(await migrateToLatest(server)).toEqual(['0030_access']);
      const row = await db.selectFrom('sync_entities').select(['owner_user_id']).where('entity_id', '=', 'call-1').executeTakeFirstOrThrow();
      expect(row.owner_user_id).toBe('u-ann');

      await db.insertInto('sync_spaces').values({ space: 'south', version: 0 }).execute();
      await expect(db.insertInto('sync_entities').values({ space: 'south', entity: 'call_event', entity_id: 'call-1', state: '{}', owner_user_id: 'u-bob' }).execute()).rejects.toThrow();
      // Another entity kind may share the id (a call's score is keyed by the call id).
      await db.insertInto('sync_entities').values({ space: 'north', entity: 'score', entity_id: 'call-1', state: '{}', owner_user_id: 'u-qa' }).execute();
    } finally {
      await server.close();
    }
  });
});
