import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../server/cli/args.js';
import { runAdmin } from '../../../server/cli/admin.js';
import { ENGINES } from './engines.js';
import { enrolOk, getMe, useHarnessPerTest } from './harness.js';

describe('parseArgs', () => {
  it('reads positional words, "--key value", "--key=value" and bare flags', () => {
    const args = parseArgs(['admin', 'create-user', '--name', 'Dana Lee', '--role=rep', '--verbose', '--team', 'north']);
    expect(args.positional).toEqual(['admin', 'create-user']);
    expect(Object.fromEntries(args.options)).toEqual({ name: 'Dana Lee', role: 'rep', verbose: 'true', team: 'north' });
  });
});

describe.each(ENGINES)('admin commands on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  it('create-user prints a one-time code that enrols a device with that role and team', async () => {
    const lines = await runAdmin(h.server, parseArgs(['admin', 'create-user', '--name', 'Dana', '--role', 'qa', '--team', 'north']));
    const code = lines.map((l) => l.trim()).find((l) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(l));
    expect(code).toBeDefined();
    h.clock.now = new Date(); // the CLI stamps with the real clock
    const device = await enrolOk(h, code!);
    expect(device.user).toMatchObject({ name: 'Dana', role: 'qa', team: 'north' });
  });

  it('revoke-device stops the token working', async () => {
    const lines = await runAdmin(h.server, parseArgs(['admin', 'create-user', '--name', 'Sam', '--role', 'rep']));
    h.clock.now = new Date();
    const device = await enrolOk(h, lines[2]!.trim());
    expect(device.user.team).toBeNull();
    await runAdmin(h.server, parseArgs(['admin', 'revoke-device', device.deviceId]));
    expect((await getMe(h, device.token, device.deviceId)).statusCode).toBe(401);
  });

  it('refuses a bad role or an unknown device with the usage text', async () => {
    await expect(runAdmin(h.server, parseArgs(['admin', 'create-user', '--name', 'X', '--role', 'boss']))).rejects.toThrow(/Usage/);
    await expect(runAdmin(h.server, parseArgs(['admin', 'revoke-device', 'nope']))).rejects.toThrow(/No device/);
    await expect(runAdmin(h.server, parseArgs(['admin']))).rejects.toThrow(/Usage/);
  });
});
