import { Migrator, type MigrationResultSet } from 'kysely';
import { SERVER_MIGRATIONS } from './migrations/registry.js';
import type { ServerDb } from './connect.js';

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(server: ServerDb): Promise<string[]> {
  const migrator = new Migrator({
    db: server.db,
    provider: { getMigrations: async () => ({ ...SERVER_MIGRATIONS }) },
    migrationTableName: 'server_migrations',
    migrationLockTableName: 'server_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const failed = result.results?.find((r) => r.status === 'Error');
  if (result.error || failed) {
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`server migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}
