import type Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Kysely's SQLite driver prepares every query afresh, and preparing (parsing and planning
// the SQL) cost about as much as running the small statements a push and a pull make. The
// server issues a few dozen distinct statements, so they are kept prepared, by SQL text,
// least recently used dropped past a bound (multi-row inserts differ by row count).
//
// Safe because better-sqlite3 runs a statement to completion synchronously: one prepared
// statement is never in use twice at once. The exception is iterate() (Kysely's stream()),
// which keeps a statement open between calls: it gets a statement of its own.

const MAX_STATEMENTS = 256;

export function withStatementCache(sqlite: Database.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const hit = cache.get(sql);
      if (hit) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = sqlite.prepare(sql);
      const cached: SqliteStatement = {
        reader: statement.reader,
        // An array binds its items as the positional parameters (what Kysely's driver passes).
        all: (parameters) => statement.all(parameters),
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => sqlite.prepare(sql).iterate(parameters) as IterableIterator<unknown>,
      };
      cache.set(sql, cached);
      if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      return cached;
    },
  };
}
