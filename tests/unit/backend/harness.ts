import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../../backend/backend.js';
import type { Clock } from '../../../backend/clock/clock.js';

/** A backend on a real SQLite file in a fresh temp folder, with a clock the test controls. */
export function testBackend(start = Date.UTC(2026, 10, 22, 15, 0, 0)) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-backend-'));
  let now = start;
  const clock: Clock = { now: () => now };
  const backend: Backend = createBackend({ dbPath: path.join(dir, 'heard.sqlite'), clock, repName: 'Test Rep' });
  return {
    backend,
    dir,
    clock,
    advance(ms: number) {
      now += ms;
    },
    close() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table, to prove a refused command wrote nothing. */
export function rowCounts(backend: Backend): Record<string, number> {
  const db = backend.context.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}
