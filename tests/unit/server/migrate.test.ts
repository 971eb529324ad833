import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '../../../server/db/migrate.js';
import { ENGINES } from './engines.js';

describe.each(ENGINES)('server migrations on %s', (_name, makeEngine) => {
  const engine = makeEngine();
  beforeAll(engine.start);
  afterAll(engine.stop);

  it('creates the auth tables, and a second run applies nothing', async () => {
    const server = await engine.fresh();
    try {
      expect(await migrateToLatest(server)).toEqual(['0010_auth', '0020_sync', '0030_access']);
      expect(await migrateToLatest(server)).toEqual([]);
      const tables = (await server.db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual(expect.arrayContaining(['devices', 'enrolment_codes', 'users']));
      const devices = (await server.db.introspection.getTables()).find((t) => t.name === 'devices');
      expect(devices?.columns.map((c) => c.name).sort()).toEqual(['created_at', 'id', 'name', 'revoked_at', 'token_hash', 'user_id']);
    } finally {
      await server.close();
    }
  });

  it('refuses a role outside rep, qa, trainee, admin at the store level', async () => {
    const server = await engine.fresh();
    try {
      await migrateToLatest(server);
      await expect(
        sql`insert into users (id, name, role, team, created_at) values ('u1', 'X', 'boss', null, '2026-01-01T00:00:00.000Z')`.execute(server.db),
      ).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});
