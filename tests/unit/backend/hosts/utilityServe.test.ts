import { describe, expect, it } from 'vitest';
import { backendArgs } from '../../../../electron/main/backendProtocol.js';
import { parseParentMessage, parseUtilityConfig } from '../../../../backend/hosts/utilityServe.js';

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

describe('parseParentMessage', () => {
  it('reads requests, screen pops and shutdown', () => {
    expect(parseParentMessage({ id: 3, name: 'app.info', input: {} })).toEqual({ kind: 'request', id: 3, name: 'app.info', input: {} });
    expect(parseParentMessage({ screenPop: { number: '555', source: 'argv' } })).toEqual({ kind: 'screenPop', number: '555', source: 'argv' });
    expect(parseParentMessage({ shutdown: true })).toEqual({ kind: 'shutdown' });
  });

  it('drops anything else', () => {
    for (const message of [null, 'app.info', { id: 1.5, name: 'x' }, { screenPop: { number: 5, source: 'argv' } }, { screenPop: { number: '5', source: 'web' } }, { shutdown: 'yes' }]) {
      expect(parseParentMessage(message)).toBeNull();
    }
  });
});
