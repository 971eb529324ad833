import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { getCaseSummary, insertCase, touchCase, type NewCase } from '../../../db/tables/cases.js';
import { writeTransaction, type ReadableDb, type WritableDb } from '../../../db/transaction.js';
import { addCustomer, count, id, NOW, tempFile, tempStore, track } from './helpers.js';

const aCase = (customerId: string): NewCase => ({ id: id(), customerId, subject: 'Refund', status: 'open', category: null, createdAt: NOW });

describe('writeTransaction', () => {
  it('commits what fn wrote and returns its value', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    const result = writeTransaction(db, (w) => {
      insertCase(w, aCase(customerId));
      return 42;
    });
    expect(result).toBe(42);
    expect(count(db, 'cases')).toBe(1);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls everything back when fn throws', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    expect(() =>
      writeTransaction(db, (w) => {
        insertCase(w, aCase(customerId));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(count(db, 'cases')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('takes the write lock at BEGIN: another writer waits, a reader still reads', () => {
    const file = tempFile();
    const db = track(tempStore(file));
    const other = track(new Sqlite(file));
    other.pragma('busy_timeout = 0');
    writeTransaction(db, () => {
      // Nothing written yet, and the lock is already held: a deferred BEGIN would not hold it.
      expect(() => other.prepare('BEGIN IMMEDIATE').run()).toThrow(/locked|busy/i);
      expect(other.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
    });
    other.prepare('BEGIN IMMEDIATE').run();
    other.prepare('ROLLBACK').run();
  });

  it('nested, is a savepoint: a failure inside undoes only its own writes', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    const kept = aCase(customerId);
    const undone = aCase(customerId);
    writeTransaction(db, (w) => {
      insertCase(w, kept);
      expect(() =>
        writeTransaction(w, (inner) => {
          insertCase(inner, undone);
          touchCase(inner, kept.id, NOW + 1000);
          throw new Error('this part only');
        }),
      ).toThrow('this part only');
      expect(w.inTransaction).toBe(true);
    });
    expect(getCaseSummary(db, kept.id)?.updatedAt).toBe(NOW);
    expect(getCaseSummary(db, undone.id)).toBeNull();
  });

  it('refuses a function that awaits, and rolls back what it wrote before its first await', () => {
    const db = tempStore();
    const customerId = addCustomer(db, 'Ann Lee', ['+14155552671']);
    expect(() =>
      // @ts-expect-error an async function is no write transaction: it would commit before the awaited work
      writeTransaction(db, async (w) => {
        insertCase(w, aCase(customerId));
        await Promise.resolve();
      }),
    ).toThrow(/cannot return a promise/);
    expect(count(db, 'cases')).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('is the only way to a write: the plain handle does not compile where a write wants one', () => {
    // Never called: these lines are for `tsc -b`, where an @ts-expect-error that finds no error fails the build.
    const compileOnly = (db: ReadableDb, c: NewCase): void => {
      // @ts-expect-error a write takes the transaction's handle, not the store's
      insertCase(db, c);
      // @ts-expect-error a WritableDb cannot be made by assignment, only handed out by writeTransaction
      const forged: WritableDb = db;
      writeTransaction(db, (w) => {
        insertCase(w, c);
        // Reads take the writable handle too: it is the same connection.
        return getCaseSummary(w, c.id);
      });
      void forged;
    };
    expect(compileOnly).toBeTypeOf('function');
  });
});
