import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../core/sync/enrolment.js';
import { createUserWithCode } from '../../server/auth/users.js';
import { connect, type ServerDb } from '../../server/db/connect.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { buildApp } from '../../server/http/app.js';

// The real sync server for the sync specs: fastify on 127.0.0.1 (a free port) over a fresh
// SQLite file, as `npm run server` runs it, in the test process so the test can make users
// and enrolment codes as an admin would (`npm run server -- admin ...`).

export type TestSyncServer = {
  url: string;
  db: ServerDb;
  /** A new user and its one-time enrolment code. */
  code(name: string, role?: Role, team?: string | null): Promise<string>;
  /** Rows the server holds, to check that a refused enrolment wrote nothing. */
  count(table: 'devices' | 'sync_changes'): Promise<number>;
  close(): Promise<void>;
};

export async function startSyncServer(): Promise<TestSyncServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-e2e-server-'));
  const db = connect({ engine: 'sqlite', file: path.join(dir, 'server.sqlite') });
  await migrateToLatest(db);
  const app = buildApp({ server: db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async code(name, role = 'rep', team = 'north') {
      return (await createUserWithCode(db, { name, role, team })).code;
    },
    async count(table) {
      const row = await db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Stops answering (a test may do it early: the server went away); again does nothing. */
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
