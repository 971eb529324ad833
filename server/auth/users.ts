import { newId } from '../../core/model/ids.js';
import type { Role } from '../../core/sync/enrolment.js';
import type { ServerDb } from '../db/connect.js';
import { hashEnrolmentCode, newEnrolmentCode } from './secrets.js';

export const DEFAULT_CODE_TTL_MS = 72 * 60 * 60 * 1000;

export type NewUser = { name: string; role: Role; team: string | null };

export type CreatedUser = { userId: string; code: string; expiresAt: string };

/** Creates a user and its first one-time enrolment code, in one transaction. */
export async function createUserWithCode(
  server: ServerDb,
  user: NewUser,
  options: { now?: Date; ttlMs?: number } = {},
): Promise<CreatedUser> {
  const now = options.now ?? new Date();
  const userId = newId(now.getTime());
  const code = newEnrolmentCode();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? DEFAULT_CODE_TTL_MS)).toISOString();
  await server.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({ id: userId, name: user.name, role: user.role, team: user.team, created_at: now.toISOString() })
      .execute();
    await trx
      .insertInto('enrolment_codes')
      .values({ code_hash: hashEnrolmentCode(code), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null, device_id: null })
      .execute();
  });
  return { userId, code, expiresAt };
}

/** A new one-time code for an existing user (a new desk, or signing in again). Null when there is no such user. */
export async function createCode(server: ServerDb, userId: string, options: { now?: Date; ttlMs?: number } = {}): Promise<string | null> {
  const now = options.now ?? new Date();
  const user = await server.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) return null;
  const code = newEnrolmentCode();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? DEFAULT_CODE_TTL_MS)).toISOString();
  await server.db
    .insertInto('enrolment_codes')
    .values({ code_hash: hashEnrolmentCode(code), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null, device_id: null })
    .execute();
  return code;
}

/** Revokes a device; its token stops working on the next request. False when unknown. */
export async function revokeDevice(server: ServerDb, deviceId: string, now: Date = new Date()): Promise<boolean> {
  const result = await server.db
    .updateTable('devices')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return true;
  const existing = await server.db.selectFrom('devices').select('id').where('id', '=', deviceId).executeTakeFirst();
  return existing !== undefined; // already revoked counts as done
}
