import type { Database } from 'better-sqlite3';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './registry.js';

export type MigrateResult = { from: number; to: number };

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The refusal shown when an older app opens a store a newer app has already migrated. */
export function newerVersionError(found: number): Error {
  return new Error(`This Heard database was written by a newer version (${found}); update the app.`);
}

/**
 * Brings the store up to the newest known migration. Each migration runs in its own
 * immediate transaction together with the user_version bump, so a crash leaves the store
 * at a whole version, never halfway through one. A store newer than this app is refused
 * rather than opened: an older app writing to it could break the newer schema's invariants.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrateResult {
  checkRegistry(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = userVersion(db);
  if (from > latest) throw newerVersionError(from);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated since we looked.
      if (userVersion(db) >= migration.version) return;
      migration.up(db);
      // PRAGMA takes no bound parameters; the value is an integer checked by checkRegistry.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: userVersion(db) };
}

function checkRegistry(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const m of migrations) {
    if (!Number.isSafeInteger(m.version) || m.version <= previous) {
      throw new Error(`Migration registry out of order at ${m.name} (${m.version}).`);
    }
    previous = m.version;
  }
}
