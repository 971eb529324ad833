import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { ServerDatabase } from './schema.js';
import { withStatementCache } from './statementCache.js';

export type Engine = 'sqlite' | 'postgres';

export type ServerDb = {
  engine: Engine;
  db: Kysely<ServerDatabase>;
  close: () => Promise<void>;
};

export type ConnectOptions =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgres'; url: string };

/** DATABASE_URL picks PostgreSQL; otherwise one SQLite file, so a first run needs no set-up. */
export function connectOptionsFromEnv(env: NodeJS.ProcessEnv, defaultFile: string): ConnectOptions {
  const url = env['DATABASE_URL'];
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: 'postgres', url };
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got "${url.split(':')[0]}:")`);
  return { engine: 'sqlite', file: defaultFile };
}

export function connect(options: ConnectOptions): ServerDb {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle pooled connection that the database drops (a restart, a failover) emits
    // 'error' on the pool; unhandled, that would crash the server. The pool replaces it.
    pool.on('error', (error) => console.error(`[server] a pooled database connection was lost: ${error.message}`));
    const db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
    return { engine: 'postgres', db, close: () => db.destroy() };
  }
  fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const sqlite = new Database(options.file);
  // Same durability stance as the local store (DESIGN.md, Sync): WAL with FULL set
  // explicitly, because better-sqlite3's build default would be NORMAL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { engine: 'sqlite', db, close: () => db.destroy() };
}
