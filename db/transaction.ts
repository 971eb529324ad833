import type { Database } from 'better-sqlite3';

// The store's two handles. Modelled on Signal Desktop's branded ReadableDB / WritableDB
// (ts/sql/Interface.ts): a write function's first parameter is the writable brand, so
// handing it anything else is a type error. Signal brands the connection (the writer
// connection is opened as a WritableDB, the readers as ReadableDB); here there is one
// connection, and the brand marks the moment instead: the only way to get a WritableDb
// is writeTransaction, so a write outside an immediate transaction does not compile
// (DESIGN.md, Sync: one local transaction does all of a write; the outbox's seq is only
// gapless under the write lock taken at BEGIN).

declare const writable: unique symbol;

/** The store as every read takes it: the open connection. */
export type ReadableDb = Database;

/**
 * The store inside an immediate transaction. The same connection object at run time (no
 * wrapper on the hot path), so it must not outlive the function it was handed to: keep it
 * in parameters, never in a field or a closure that runs later. A WritableDb is also a
 * ReadableDb, so reads inside the transaction take it too.
 */
export type WritableDb = Database & { readonly [writable]: true };

/** fn's result, refused when it is a promise: the transaction ends when fn returns, so fn must not await. */
type NotAPromise<T> = T extends PromiseLike<unknown> ? never : T;

/**
 * Runs fn as one immediate transaction and hands it the writable handle. The write lock is
 * taken at BEGIN, so two writers queue on busy_timeout instead of one failing with
 * SQLITE_BUSY when it tries to upgrade a read lock. fn must be synchronous (an async fn is
 * a type error here, and better-sqlite3 rolls back and throws if one gets through). Inside
 * an enclosing transaction it becomes a savepoint: it still commits or rolls back as a
 * unit, and an error thrown out of it undoes only its own writes.
 */
export function writeTransaction<T>(db: ReadableDb, fn: (w: WritableDb) => NotAPromise<T>): T {
  // The one place a Database becomes a WritableDb: from here to the COMMIT it holds the lock.
  return db.transaction(() => fn(db as WritableDb)).immediate();
}
