import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Role } from '../../../../core/sync/enrolment.js';
import { createUserWithCode } from '../../../../server/auth/users.js';
import type { ServerDb } from '../../../../server/db/connect.js';
import { migrateToLatest } from '../../../../server/db/migrate.js';
import { buildApp } from '../../../../server/http/app.js';
import { callHarness, T0, type CallHarness } from '../calls/callHarness.js';
import type { TestEngine } from '../../server/engines.js';
import type { BackendConfig } from '../../../../backend/context.js';

// Desks (real backends on real SQLite files) syncing through a real server listening on
// 127.0.0.1, on SQLite or PostgreSQL. Time is one ManualClock shared by the server and, with
// an offset each, by the desks, so clock skew is a number and nothing waits on real time.

export type Desk = CallHarness & {
  name: string;
  /** Sets the desk's wall clock to the world's time plus its skew. */
  follow(): void;
  /** Runs one sync round to the end. */
  sync(): Promise<void>;
  status(): Promise<import('../../../../core/api/index.js').SyncStatus>;
};

export type SyncWorld = {
  url: () => string;
  server: () => ServerDb;
  now: { ms: number };
  /** Creates a user and returns a one-time code. */
  code(role?: Role, team?: string | null, name?: string): Promise<string>;
  /** A desk (backend) enrolled with a fresh code unless `enrolAs` is null. */
  desk(name: string, options?: { role?: Role; team?: string | null; skewMs?: number; enrol?: boolean; config?: Partial<BackendConfig> }): Promise<Desk>;
  /** The server stops answering (process gone); `start` brings it back on the same port. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
};

/** Registers the world's lifecycle on the test file: engine per file, fresh server and desks per test. */
export function useSyncWorld(makeEngine: () => TestEngine): SyncWorld {
  const engine = makeEngine();
  const world = createSyncWorld(engine);
  beforeAll(engine.start);
  afterAll(engine.stop);
  afterEach(world.dispose);
  return world;
}

/** A world on a started engine; `dispose` closes its desks and server and drops its database. */
export function createSyncWorld(engine: TestEngine): SyncWorld & { dispose(): Promise<void> } {
  const now = { ms: T0 };
  let db: ServerDb | null = null;
  let app: FastifyInstance | null = null;
  let port = 0;
  const desks: Desk[] = [];

  async function startServer(): Promise<void> {
    app = buildApp({ server: db!, now: () => new Date(now.ms) });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : port;
  }

  async function dispose(): Promise<void> {
    for (const d of desks.splice(0)) d.close();
    await app?.close();
    app = null;
    await db?.close();
    db = null;
    port = 0;
    now.ms = T0;
  }

  async function ensure(): Promise<void> {
    if (db) return;
    db = await engine.fresh();
    await migrateToLatest(db);
    await startServer();
  }

  const world: SyncWorld & { dispose(): Promise<void> } = {
    dispose,
    url: () => `http://127.0.0.1:${port}`,
    server: () => db!,
    now,
    async code(role = 'rep', team = 'north', name = `A ${role}`) {
      await ensure();
      return (await createUserWithCode(db!, { name, role, team }, { now: new Date(now.ms) })).code;
    },
    async desk(name, options = {}) {
      await ensure();
      const skew = options.skewMs ?? 0;
      const h = callHarness({ start: now.ms + skew, config: { repName: name, sync: { intervalMs: 3_600_000 }, ...options.config } });
      // The desk's wall clock follows the world's, offset by its skew. jumpWall runs no
      // timers, so background rounds never start behind a test's back.
      const follow = () => h.clock.jumpWall(now.ms + skew - h.clock.now());
      const desk: Desk = Object.assign(h, {
        name,
        follow,
        async sync() {
          follow();
          await h.backend.context.sync.syncNow();
        },
        async status() {
          follow();
          return h.ok('sync.status', {});
        },
      });
      desks.push(desk);
      if (options.enrol !== false) {
        const code = await world.code(options.role ?? 'rep', options.team === undefined ? 'north' : options.team, name);
        await h.backend.context.sync.enrol({ serverUrl: world.url(), code, deviceName: `${name}'s desk` });
        const status = await desk.status();
        if (status.enrolError) throw new Error(`enrolment failed: ${status.enrolError}`);
      }
      return desk;
    },
    async stopServer() {
      await app?.close();
      app = null;
    },
    startServer,
  };
  return world;
}
