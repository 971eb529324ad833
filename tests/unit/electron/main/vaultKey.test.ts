import { describe, expect, it } from 'vitest';
import { parseUtilityConfig } from '../../../../backend/hosts/utilityServe.js';
import { keyVault } from '../../../../backend/sync/vault.js';
import { loadVaultKey, type SafeStorageLike } from '../../../../electron/main/vaultKey.js';

// The device token at rest in Electron: a key sealed by safeStorage (main), the token sealed
// with that key in the store (backend). safeStorage is stood in for by a reversible
// transform that refuses what it did not seal, as the real one does.

function fakeSafeStorage(available = true): SafeStorageLike & { sealed: number } {
  const store = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => {
      store.sealed += 1;
      return Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`);
    },
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(7), 'base64').toString();
    },
  };
  return store;
}

function memoryFile(initial: Buffer | null = null) {
  let data = initial;
  return { read: () => data, write: (d: Buffer) => void (data = d), get data() {
    return data;
  } };
}

describe('vault key (electron/main)', () => {
  it('makes a 256-bit key once, keeps it sealed on disk, and gives the same key next start', () => {
    const safe = fakeSafeStorage();
    const file = memoryFile();
    const key = loadVaultKey(safe, file, () => {});
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(file.data?.toString()).not.toContain(key!);
    expect(loadVaultKey(safe, file, () => {})).toBe(key);
    expect(safe.sealed).toBe(1);
  });

  it('falls back (null, logged) when safeStorage cannot seal on this machine', () => {
    const logged: string[] = [];
    expect(loadVaultKey(fakeSafeStorage(false), memoryFile(), (m) => logged.push(m))).toBeNull();
    expect(logged.join()).toMatch(/not available/);
  });

  it('replaces a key file safeStorage cannot open, saying so', () => {
    const logged: string[] = [];
    const file = memoryFile(Buffer.from('garbage'));
    const key = loadVaultKey(fakeSafeStorage(), file, (m) => logged.push(m));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(logged.join()).toMatch(/could not be opened/);
  });
});

describe('token vault (backend)', () => {
  const key = Buffer.alloc(32, 7);

  it('seals a token so the store never holds it in the clear, and opens it again', () => {
    const vault = keyVault(key);
    const sealed = vault.seal('tok_abcdefghijklmnopqrstuvwxyz0123456789');
    expect(sealed).not.toContain('tok_');
    expect(vault.open(sealed)).toBe('tok_abcdefghijklmnopqrstuvwxyz0123456789');
    expect(vault.seal('same')).not.toBe(vault.seal('same'));
  });

  it('refuses a tampered or foreign sealed token instead of returning garbage', () => {
    const sealed = keyVault(key).seal('secret-token');
    const raw = Buffer.from(sealed, 'base64');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => keyVault(key).open(raw.toString('base64'))).toThrow();
    expect(() => keyVault(Buffer.alloc(32, 8)).open(sealed)).toThrow();
    expect(() => keyVault(key).open('c2hvcnQ=')).toThrow(/damaged/);
  });

  it('is what the utility process uses when main passes a key, and the plain store otherwise', () => {
    const withKey = parseUtilityConfig(['--db-path', '/tmp/x.sqlite'], { HEARD_VAULT_KEY: 'ab'.repeat(32) });
    expect(withKey.sync?.vault?.sealing).toBe('safeStorage');
    expect(parseUtilityConfig(['--db-path', '/tmp/x.sqlite'], {}).sync).toBeUndefined();
    expect(parseUtilityConfig(['--db-path', '/tmp/x.sqlite'], { HEARD_VAULT_KEY: 'not-hex' }).sync).toBeUndefined();
  });
});
