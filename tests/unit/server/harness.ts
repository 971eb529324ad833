import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import type { EnrolResponse, Role } from '../../../core/sync/enrolment.js';
import { createUserWithCode } from '../../../server/auth/users.js';
import type { ServerDb } from '../../../server/db/connect.js';
import { migrateToLatest } from '../../../server/db/migrate.js';
import { buildApp } from '../../../server/http/app.js';
import type { TestEngine } from './engines.js';

/** A migrated database and an app over it, with a clock the test can move. */
export type Harness = {
  server: ServerDb;
  app: FastifyInstance;
  clock: { now: Date };
  /** Fault injection: set afterStore to throw and fail a push midway. */
  faults: { afterStore?: (index: number) => void };
  close: () => Promise<void>;
};

export async function openHarness(engine: TestEngine): Promise<Harness> {
  const server = await engine.fresh();
  await migrateToLatest(server);
  const clock = { now: new Date('2026-11-22T09:00:00.000Z') };
  const faults: Harness['faults'] = {};
  const app = buildApp({ server, now: () => clock.now, hooks: { afterStore: (index) => faults.afterStore?.(index) } });
  await app.ready();
  return {
    server,
    app,
    clock,
    faults,
    close: async () => {
      await app.close();
      await server.close();
    },
  };
}

export async function newUserCode(h: Harness, role: Role = 'rep', team: string | null = 'north', ttlMs?: number): Promise<string> {
  const created = await createUserWithCode(h.server, { name: `User ${role}`, role, team }, { now: h.clock.now, ...(ttlMs === undefined ? {} : { ttlMs }) });
  return created.code;
}

export function enrol(h: Harness, code: string, protocol: number = PROTOCOL_VERSION): Promise<LightMyRequestResponse> {
  return h.app.inject({ method: 'POST', url: '/v1/enrol', payload: { code, deviceName: 'Desk 4', protocol } });
}

export async function enrolOk(h: Harness, code: string): Promise<EnrolResponse> {
  const response = await enrol(h, code);
  if (response.statusCode !== 201) throw new Error(`enrol failed: ${response.statusCode} ${response.body}`);
  return response.json<EnrolResponse>();
}

export function getMe(h: Harness, token: string, deviceId: string, protocol: string = String(PROTOCOL_VERSION)): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method: 'GET',
    url: '/v1/me',
    headers: { authorization: `Bearer ${token}`, 'x-heard-device': deviceId, 'x-heard-protocol': protocol },
  });
}

export async function countRows(h: Harness, table: 'users' | 'devices' | 'enrolment_codes'): Promise<number> {
  const row = await h.server.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Registers the per-file lifecycle every server test shares: the engine starts once for
 * the file, and each test gets a fresh migrated database and app, closed after it. The
 * returned handle always points at the current test's harness, so a test file declares
 * it once beside its describe instead of re-assigning a variable in beforeEach.
 */
export function useHarnessPerTest(makeEngine: () => TestEngine): Harness {
  const engine = makeEngine();
  let current: Harness | null = null;
  beforeAll(engine.start);
  afterAll(engine.stop);
  beforeEach(async () => {
    current = await openHarness(engine);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!current) throw new Error('The server harness is used outside a test.');
      return current[key as keyof Harness];
    },
  });
}
