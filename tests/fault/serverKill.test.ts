import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import type { Engine, ServerDb } from '../../server/db/connect.js';
import { closeClient, enrolDevice } from '../bench/syncClient.js';
import { envCount } from './killProcess.js';
import { newDevice, pullAll, pushUntilAcked, writeSome, type KillDevice } from './serverKillClient.js';
import { openKillableServer, type KillableServer } from './serverKillServer.js';
import { expectPulledOnce, expectStoredOnce, serverView } from './syncChecks.js';
import { entityPool } from './syncSim.js';

// kill -9 of the server mid-push (issue 4): the real server runs as its own process on
// 127.0.0.1 over a SQLite file or an embedded PostgreSQL (which stays up). Two devices of one
// team write and push in a loop over a shared pool of entities while the server is SIGKILLed
// at random moments, each time while a push is on the wire, and restarted. A device keeps
// its unacknowledged changes and retries them (same seqs, same content) until they are
// acknowledged. After every kill, what the server stored is consistent: each device's
// position is the number of its stored changes, and the space's version counter is the
// number of changes in the space (a push is one transaction). At the end, every change is
// stored exactly once, each entity's log holds it once, a fresh device pulls each once,
// and the server's merged state equals that pull.
//
// HEARD_SERVER_KILLS sets the kills per engine (soak); FC_SEED replays the writes' content
// (the kill moments are the scheduler's).

const KILLS = envCount('HEARD_SERVER_KILLS', 10);
const SEED = envCount('FC_SEED', (Date.now() % 2 ** 31) + 1);
const BATCH = 25;
/** Pushes acknowledged between two kills: at least 1, at most this many. */
const MAX_ACKS_BETWEEN_KILLS = 6;
const TEAM = 'kill-team';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** After a kill: positions and version counters agree with the rows, so no push was half stored. */
async function expectConsistent(db: ServerDb, devices: KillDevice[]): Promise<void> {
  for (const d of devices) {
    const stored = await db.db
      .selectFrom('sync_changes')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('seq').as('top')])
      .where('device_id', '=', d.device.deviceId)
      .executeTakeFirstOrThrow();
    const pos = await db.db.selectFrom('sync_devices').select('last_seq').where('device_id', '=', d.device.deviceId).executeTakeFirst();
    expect({ rows: Number(stored.n), top: Number(stored.top ?? 0) }, `stored changes of ${d.device.deviceId}`).toEqual({ rows: Number(pos?.last_seq ?? 0), top: Number(pos?.last_seq ?? 0) });
  }
  const space = await db.db.selectFrom('sync_spaces').select('version').where('space', '=', TEAM).executeTakeFirst();
  const count = await db.db.selectFrom('sync_changes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('space', '=', TEAM).executeTakeFirstOrThrow();
  expect(Number(count.n), 'changes in the space = its version counter').toBe(Number(space?.version ?? 0));
}

function killTest(engine: Engine): void {
  describe(`kill -9 of the server mid-push on ${engine} (${KILLS} kills, FC_SEED=${SEED})`, () => {
    let server: KillableServer;
    let inspect: ServerDb;
    beforeAll(async () => {
      server = await openKillableServer(engine);
    }, 120_000);
    afterAll(async () => {
      closeClient();
      await inspect?.close();
      await server?.close();
    });

    it(
      'applies every change exactly once and loses none',
      async () => {
        const codes = [];
        for (const name of ['Desk A', 'Desk B', 'Reader']) codes.push(await server.createUser(name, 'admin', TEAM));
        await server.start();
        inspect = server.inspect();
        const enrolled: EnrolResponse[] = [];
        for (const code of codes) enrolled.push(await enrolDevice(server.baseUrl, code, 'Kill desk'));
        const [a, b, reader] = enrolled as [EnrolResponse, EnrolResponse, EnrolResponse];
        const devices = [newDevice(a), newDevice(b)];
        const pool = entityPool();

        // The gate the devices wait on while the server is down.
        let up: Promise<void> = Promise.resolve();
        let sent: (() => void) | null = null;
        let acks = 0;
        let roundTripMs = 1;
        const hooks = {
          batch: BATCH,
          serverUp: () => up,
          onSend: () => sent?.(),
          onAck: (ms: number) => {
            acks++;
            roundTripMs = ms;
          },
        };
        let stopping = false;
        const workers = Promise.all(
          devices.map(async (d, i) => {
            for (let round = 0; !stopping; round++) {
              writeSome(d, pool, SEED + i * 1_000_000 + round);
              await pushUntilAcked(server.baseUrl, d, hooks);
            }
          }),
        );
        const nextSend = () => Promise.race([new Promise<void>((resolve) => (sent = resolve)), workers.then(() => {})]);

        const cut = { committed: 0, notCommitted: 0 };
        for (let kill = 0; kill < KILLS; kill++) {
          // Let the restarted server take a few pushes, then kill it while one is on the
          // wire: a random moment within about one round trip after it was sent, so some
          // land before the commit and some after it, before the answer.
          const waitFor = acks + 1 + Math.floor(Math.random() * MAX_ACKS_BETWEEN_KILLS);
          let inFlight: KillDevice[] = [];
          while (inFlight.length === 0 || acks < waitFor) {
            await nextSend();
            await sleep(Math.random() * 1.5 * roundTripMs);
            inFlight = devices.filter((d) => d.sending);
          }
          const cutRanges = inFlight.map((d) => ({ d, last: d.sending?.last ?? 0 }));
          let open = () => {};
          up = new Promise<void>((resolve) => (open = resolve));
          await server.kill();
          await expectConsistent(inspect, devices);
          for (const { d, last } of cutRanges) {
            const pos = await inspect.db.selectFrom('sync_devices').select('last_seq').where('device_id', '=', d.device.deviceId).executeTakeFirst();
            if (Number(pos?.last_seq ?? 0) >= last) cut.committed++;
            else cut.notCommitted++;
          }
          await server.start();
          open();
        }
        stopping = true;
        await workers;

        const created = devices.flatMap((d) => d.outbox);
        await expectStoredOnce(inspect, TEAM, devices.map((d) => d.device.deviceId), created);
        const truth = expectPulledOnce(await pullAll(server.baseUrl, reader), created);
        expect(await serverView(inspect, TEAM), 'server merged state').toEqual(truth);
        const retries = devices.reduce((n, d) => n + d.retries, 0);
        console.log(
          `server kill on ${engine}: ${KILLS} kills, ${created.length} changes stored once; pushes cut: ${cut.committed} committed before the kill (answer lost), ${cut.notCommitted} not; ${retries} retries`,
        );
      },
      KILLS * 10_000 + 60_000,
    );
  });
}

killTest('sqlite');
killTest('postgres');
