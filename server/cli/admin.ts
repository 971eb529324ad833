import { Role } from '../../core/sync/enrolment.js';
import type { ServerDb } from '../db/connect.js';
import { createCode, createUserWithCode, revokeDevice } from '../auth/users.js';
import type { ParsedArgs } from './args.js';

export const ADMIN_USAGE = `Usage:
  npm run server -- admin create-user --name "Dana" --role rep|qa|trainee|admin [--team north] [--expires-hours 72]
  npm run server -- admin new-code <userId> [--expires-hours 72]
  npm run server -- admin revoke-device <deviceId>`;

/** Runs one admin command; returns the lines to print. Throws with a usage message on bad input. */
export async function runAdmin(server: ServerDb, args: ParsedArgs): Promise<string[]> {
  const [, command, target] = args.positional;
  if (command === 'create-user') {
    const name = args.options.get('name')?.trim();
    const role = Role.safeParse(args.options.get('role'));
    const hours = Number(args.options.get('expires-hours') ?? '72');
    if (!name || !role.success || !(hours > 0)) throw new Error(`create-user needs --name and a valid --role.\n${ADMIN_USAGE}`);
    const team = args.options.get('team')?.trim() || null;
    const created = await createUserWithCode(server, { name, role: role.data, team }, { ttlMs: hours * 3600_000 });
    return [
      `Created ${role.data} "${name}"${team ? ` (team ${team})` : ''}: user ${created.userId}`,
      `One-time enrolment code (expires ${created.expiresAt}; shown only now):`,
      `  ${created.code}`,
    ];
  }
  if (command === 'new-code' && target) {
    const hours = Number(args.options.get('expires-hours') ?? '72');
    if (!(hours > 0)) throw new Error(`--expires-hours must be a positive number.\n${ADMIN_USAGE}`);
    const code = await createCode(server, target, { ttlMs: hours * 3600_000 });
    if (code === null) throw new Error(`No user ${target}.`);
    return [`One-time enrolment code for user ${target} (shown only now):`, `  ${code}`];
  }
  if (command === 'revoke-device' && target) {
    if (!(await revokeDevice(server, target))) throw new Error(`No device ${target}.`);
    return [`Revoked device ${target}; its token no longer works.`];
  }
  throw new Error(ADMIN_USAGE);
}
