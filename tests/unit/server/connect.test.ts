import { describe, expect, it } from 'vitest';
import { connectOptionsFromEnv } from '../../../server/db/connect.js';

describe('connectOptionsFromEnv', () => {
  it('uses the SQLite file unless DATABASE_URL names PostgreSQL', () => {
    expect(connectOptionsFromEnv({}, '.data/server.sqlite')).toEqual({ engine: 'sqlite', file: '.data/server.sqlite' });
    expect(connectOptionsFromEnv({ DATABASE_URL: 'postgres://u:p@h/db' }, 'x')).toEqual({ engine: 'postgres', url: 'postgres://u:p@h/db' });
    expect(connectOptionsFromEnv({ DATABASE_URL: 'postgresql://h/db' }, 'x').engine).toBe('postgres');
  });

  it('refuses another URL scheme instead of silently using SQLite', () => {
    expect(() => connectOptionsFromEnv({ DATABASE_URL: 'mysql://h/db' }, 'x')).toThrow(/postgres/);
  });
});
