import type { Database } from 'better-sqlite3';

/**
 * Prepares a set of statements once per open database and hands back the same set after.
 * Preparing costs more than running a lookup, and the screen pop runs the same few
 * statements on every call. Keyed weakly, so a closed and dropped database frees its set.
 */
export function perDatabase<T>(prepare: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    let statements = cache.get(db);
    if (!statements) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}

/** Placeholders for an IN list of fixed length: "?, ?, ?". */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}
