import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach } from 'vitest';
import { newId } from '../../../core/model/index.js';
import { openStore } from '../../../db/open.js';
import { saveCustomer } from './save.js';

const dirs: string[] = [];
const open: Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A path for a store file in a fresh temp directory, removed after the test. */
export function tempFile(name = 'heard.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'heard-db-'));
  dirs.push(dir);
  return join(dir, name);
}

/** A real, migrated store file, closed and removed after the test. */
export function tempStore(file = tempFile()): Database {
  return track(openStore(file));
}

export function track(db: Database): Database {
  open.push(db);
  return db;
}

export const DAY = 24 * 60 * 60 * 1000;
/** A fixed "now" so every time in a test is reproducible. */
export const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

let clock = NOW - 400 * DAY;
/** A fresh UUIDv7, time-ordered across calls. */
export function id(): string {
  clock += 1;
  return newId(clock);
}

export function addCustomer(db: Database, name: string, phones: string[], now = NOW - 300 * DAY): string {
  const customerId = id();
  saveCustomer(db, {
    id: customerId,
    name,
    email: null,
    phones: phones.map((e164, i) => ({ e164, label: i === 0 ? 'mobile' : null })),
    createdAt: now,
  });
  return customerId;
}

export function count(db: Database, table: 'customers' | 'customer_phones' | 'cases' | 'calls' | 'notes' | 'commitments' | 'call_events'): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

/** A store shared by the tests of one describe block: call dispose in afterAll. */
export function sharedStore(): { db: Database; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'heard-db-'));
  const db = openStore(join(dir, 'heard.sqlite'));
  return {
    db,
    dispose() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
