import { describe, expect, it } from 'vitest';
import { backendArgs } from '../../../../electron/main/backendProtocol.js';
import { parseUtilityConfig } from '../../../../backend/hosts/utilityServe.js';

describe('parseUtilityConfig', () => {
  it('reads back what main passes (backendArgs)', () => {
    const args = backendArgs({ dbPath: '/data/heard.sqlite', nativeBinding: '/n/better_sqlite3.node', version: '1.2.3', scriptsDir: '/data/scripts' });
    expect(parseUtilityConfig(args, {})).toEqual({ dbPath: '/data/heard.sqlite', nativeBinding: '/n/better_sqlite3.node', version: '1.2.3', scriptsDir: '/data/scripts' });
  });

  it('falls back to HEARD_* variables, and checks the country code', () => {
    expect(parseUtilityConfig([], { HEARD_DB: '/d.sqlite', HEARD_COUNTRY: 'GB', HEARD_REP: 'Ana' })).toEqual({
      dbPath: '/d.sqlite',
      defaultCountry: 'GB',
      repName: 'Ana',
    });
    expect(parseUtilityConfig(['--db-path', '/d', '--country', 'gb; drop'], {})).toEqual({ dbPath: '/d' });
  });

  it('refuses to start without a store path', () => {
    expect(() => parseUtilityConfig([], {})).toThrow(/--db-path/);
  });
});
