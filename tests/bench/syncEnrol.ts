import type { EnrolResponse } from '../../core/sync/enrolment.js';
import { createUserWithCode } from '../../server/auth/users.js';
import type { Target } from './syncTarget.js';
import { enrolDevice } from './syncClient.js';

// Devices are enrolled up front, the way an admin would set a floor up: users with a team
// and a one-time code made in the database (server/auth/users.ts, what `npm run server --
// admin` does), before the server starts, then each code exchanged for a device token over
// HTTP (/v1/enrol) once the server listens.

export type BenchDevice = { device: EnrolResponse; team: string; name: string };
export type DeviceSpec = { team: string; count: number; prefix: string };

export type PendingFleet = { codes: { code: string; team: string; name: string }[] };

export async function createUsers(target: Target, specs: DeviceSpec[]): Promise<PendingFleet> {
  const db = target.setupDb();
  const codes: PendingFleet['codes'] = [];
  try {
    for (const spec of specs) {
      for (let i = 0; i < spec.count; i++) {
        const name = `${spec.prefix} ${i + 1}`;
        const created = await createUserWithCode(db, { name, role: 'rep', team: spec.team });
        codes.push({ code: created.code, team: spec.team, name });
      }
    }
  } finally {
    await db.close();
  }
  return { codes };
}

/** Exchanges every code for a device token, a few at a time; in the order the specs gave. */
export async function enrolAll(baseUrl: string, pending: PendingFleet, concurrency = 16): Promise<BenchDevice[]> {
  const out: BenchDevice[] = new Array<BenchDevice>(pending.codes.length);
  let next = 0;
  const worker = async () => {
    while (next < pending.codes.length) {
      const i = next++;
      const { code, team, name } = pending.codes[i] as PendingFleet['codes'][number];
      out[i] = { device: await enrolDevice(baseUrl, code, `${name}'s desk`), team, name };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}
