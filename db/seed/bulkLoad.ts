import { writeTransaction, type ReadableDb } from '../transaction.js';

/** The full-text indexes, an allow-list: their names are spliced into SQL below. */
const FTS_TABLES = ['customers_fts', 'cases_fts', 'notes_fts'] as const;

/**
 * Indexes whose keys arrive in random order (phone numbers, case numbers). Inserting into
 * them row by row splits pages all over the tree; building them once at the end sorts
 * instead (at 1M customers the phone indexes alone take 36 s inline, 4 s built after).
 */
const DEFERRED_INDEXES = [
  'customer_phones_e164',
  'customer_phones_national',
  'customer_phones_digits_rev',
  'cases_number',
  'cases_number_tail',
];

/**
 * Puts an empty store into bulk-load mode and returns the function that ends it.
 *
 * - The FTS triggers and the random-order indexes are dropped: one 'rebuild' per FTS index
 *   and one sorted CREATE INDEX at the end cost far less than maintaining them row by row.
 *   Their SQL is read from sqlite_master and replayed afterwards, so the migration stays
 *   their only definition. The end function always restores them, even after a failed
 *   load; only a process killed mid-load leaves a store without them, and such a
 *   half-seeded sample store is to be deleted anyway.
 * - foreign_keys OFF: generated rows are consistent by construction (tests run
 *   foreign_key_check on a seeded store), and each check is an extra index probe per row.
 * - synchronous OFF, the rollback journal in memory instead of the WAL (each page written
 *   once, not to the WAL and again at checkpoint) and a large page cache: a sample store
 *   being filled has nothing to lose.
 */
export function enterBulkLoad(db: ReadableDb, cacheMiB = 512): () => void {
  const synchronous = integerPragma(db, 'synchronous');
  const foreignKeys = integerPragma(db, 'foreign_keys');
  const cacheSize = integerPragma(db, 'cache_size');
  const triggers = db
    .prepare<[], SchemaObject>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('customers', 'cases', 'notes')
       AND name GLOB '*_fts_*' ORDER BY name`,
    )
    .all();
  const indexes = db
    .prepare<string[], SchemaObject>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${DEFERRED_INDEXES.map(() => '?').join(', ')})`,
    )
    .all(...DEFERRED_INDEXES);

  const journalMode = db.pragma('journal_mode', { simple: true });
  db.pragma('foreign_keys = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('journal_mode = MEMORY');
  db.pragma(`cache_size = ${-Math.floor(cacheMiB * 1024)}`);
  writeTransaction(db, (w) => {
    for (const t of triggers) w.exec(`DROP TRIGGER ${quoteIdentifier(t.name)}`);
    for (const i of indexes) w.exec(`DROP INDEX ${quoteIdentifier(i.name)}`);
  });

  return () => {
    writeTransaction(db, (w) => {
      for (const i of indexes) w.exec(i.sql);
      for (const t of triggers) w.exec(t.sql);
      for (const fts of FTS_TABLES) w.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('rebuild')`).run();
    });
    // PRAGMA takes no parameters; these are integers read back from the same pragmas.
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma(`foreign_keys = ${foreignKeys}`);
    if (journalMode === 'wal') db.pragma('journal_mode = WAL');
    // Fold the load's WAL into the main file so the store starts small and quick.
    db.pragma('wal_checkpoint(TRUNCATE)');
  };
}

type SchemaObject = { name: string; sql: string };

function integerPragma(db: ReadableDb, name: 'synchronous' | 'foreign_keys' | 'cache_size'): number {
  const value = db.pragma(name, { simple: true });
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`Unexpected PRAGMA ${name}: ${String(value)}`);
  return value;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
