import Sqlite from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { migrate, newerVersionError, userVersion } from './migrations/migrate.js';
import { LATEST_VERSION } from './migrations/registry.js';

export type OpenOptions = {
  /** A better-sqlite3 binary built for Electron's ABI (the app); Node's build otherwise. */
  nativeBinding?: string;
  /** For readers beside the app (tools, benchmarks): no pragmas that write, no migrations. */
  readonly?: boolean;
};

/**
 * Opens (creating if needed) the local store and brings it to the newest schema.
 * Every pragma is set explicitly rather than trusting build defaults.
 */
export function openStore(file: string, options: OpenOptions = {}): Database {
  const db = new Sqlite(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // First, so the journal-mode switch and migrations wait for another writer instead of failing.
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (options.readonly) {
      checkReadonlyVersion(db);
      return db;
    }
    db.pragma('journal_mode = WAL');
    // better-sqlite3's build sets SQLITE_DEFAULT_WAL_SYNCHRONOUS=1 (NORMAL): in WAL mode that
    // does not fsync on commit, so a committed transaction can be lost on power loss. FULL
    // syncs the WAL at every commit; a rep's note must survive the plug being pulled.
    db.pragma('synchronous = FULL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkReadonlyVersion(db: Database): void {
  const version = userVersion(db);
  if (version > LATEST_VERSION) throw newerVersionError(version);
  if (version < LATEST_VERSION) {
    throw new Error(`This Heard database is at version ${version} and needs ${LATEST_VERSION}; open it once with the app to upgrade it.`);
  }
}
