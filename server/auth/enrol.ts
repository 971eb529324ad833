import { newId } from '../../core/model/ids.js';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import type { ServerDb } from '../db/connect.js';
import { hashEnrolmentCode, newDeviceToken, sha256Hex } from './secrets.js';

export type EnrolFailure = { ok: false; reason: 'unknown_code' | 'code_used' | 'code_expired' | 'device_taken' };
export type EnrolOutcome = { ok: true; value: EnrolResponse } | EnrolFailure;

/**
 * Spends a one-time code and creates the device, in one transaction.
 *
 * Single use under concurrency rests on the conditional UPDATE ("... where used_at is
 * null"), not on the earlier read: on PostgreSQL a second transaction blocks on the row
 * lock and then re-checks the condition, finding it used; on SQLite writes are serialised
 * on the one connection. The loser sees zero updated rows and rolls back its device.
 */
export async function enrolDevice(
  server: ServerDb,
  input: { code: string; deviceName: string; deviceId?: string | undefined },
  now: Date = new Date(),
): Promise<EnrolOutcome> {
  const codeHash = hashEnrolmentCode(input.code);
  const nowIso = now.toISOString();
  const deviceId = input.deviceId ?? newId(now.getTime());
  const token = newDeviceToken();

  return server.db.transaction().execute(async (trx): Promise<EnrolOutcome> => {
    const row = await trx
      .selectFrom('enrolment_codes')
      .innerJoin('users', 'users.id', 'enrolment_codes.user_id')
      .select(['enrolment_codes.used_at', 'enrolment_codes.expires_at', 'users.id', 'users.name', 'users.role', 'users.team'])
      .where('enrolment_codes.code_hash', '=', codeHash)
      .executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown_code' };
    if (row.used_at !== null) return { ok: false, reason: 'code_used' };
    if (row.expires_at <= nowIso) return { ok: false, reason: 'code_expired' };

    // A device id already enrolled. The same user signing in again on their desk (after a
    // sign-out, or a revoked token) gets a new token for it, and its position is kept. For
    // another user it is refused, code unspent: the store is a copy of someone else's desk,
    // and the app takes a new identity and tries again.
    const taken = await trx.selectFrom('devices').select(['id', 'user_id']).where('id', '=', deviceId).executeTakeFirst();
    if (taken && taken.user_id !== row.id) return { ok: false, reason: 'device_taken' };

    if (taken) {
      await trx.updateTable('devices').set({ name: input.deviceName, token_hash: sha256Hex(token), revoked_at: null }).where('id', '=', deviceId).execute();
    } else {
      // The device row first: the code row points at it (foreign key).
      await trx
        .insertInto('devices')
        .values({ id: deviceId, user_id: row.id, name: input.deviceName, token_hash: sha256Hex(token), created_at: nowIso, revoked_at: null })
        .execute();
    }
    const spent = await trx
      .updateTable('enrolment_codes')
      // enrolment_codes.device_id is unique (one code made each device): a code that
      // re-enrols a known device is spent without naming it again.
      .set({ used_at: nowIso, device_id: taken ? null : deviceId })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (spent.numUpdatedRows !== 1n) throw new CodeRaceLost();

    return { ok: true, value: { deviceId, token, user: { id: row.id, name: row.name, role: row.role, team: row.team } } };
  }).catch((error: unknown): EnrolOutcome => {
    // Thrown (not returned) so the transaction rolls back the device row.
    if (error instanceof CodeRaceLost) return { ok: false, reason: 'code_used' };
    throw error;
  });
}

class CodeRaceLost extends Error {
  constructor() {
    super('enrolment code spent by a concurrent request');
  }
}
