import type { UserSummary } from '../../core/sync/enrolment.js';
import type { ServerDb } from '../db/connect.js';
import { sameDigest, sha256Hex } from './secrets.js';

export type DeviceAuth = { deviceId: string; user: UserSummary };

/**
 * The device named by X-Heard-Device, if the token is that device's and it is not
 * revoked. Looked up by device id, then the token hash compared in constant time, so a
 * token of another device is refused like a wrong one.
 */
export async function authenticateDevice(server: ServerDb, deviceId: string, token: string): Promise<DeviceAuth | null> {
  const row = await server.db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select(['devices.id as deviceId', 'devices.token_hash', 'devices.revoked_at', 'users.id', 'users.name', 'users.role', 'users.team'])
    .where('devices.id', '=', deviceId)
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || !sameDigest(row.token_hash, sha256Hex(token))) return null;
  return { deviceId: row.deviceId, user: { id: row.id, name: row.name, role: row.role, team: row.team } };
}
