import { randomBytes } from 'node:crypto';

// The key of the backend's token vault (backend/sync/vault.ts keyVault), kept on
// disk sealed by Electron's safeStorage (the OS keychain, DPAPI, or libsecret/kwallet), so
// a copied profile folder does not carry a usable device token. Pure apart from the
// injected safeStorage and file access, so it is unit-tested without Electron.

export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
};

export type KeyFile = {
  read(): Buffer | null;
  write(data: Buffer): void;
};

/**
 * The vault key as 64 hex digits, made on first use; null when safeStorage cannot seal here
 * (then the token stays in the local store, as in browser mode, and main logs why). A key
 * file safeStorage can no longer open (another OS user, a reset keychain) is replaced: the
 * token sealed with the old key is lost and the desk is enrolled again, which is the safe
 * way round.
 */
export function loadVaultKey(safeStorage: SafeStorageLike, file: KeyFile, log: (message: string) => void = console.warn): string | null {
  if (!safeStorage.isEncryptionAvailable()) {
    log('[heard] safeStorage is not available: the device token is kept in the local store unsealed.');
    return null;
  }
  const sealed = file.read();
  if (sealed) {
    try {
      const key = safeStorage.decryptString(sealed);
      if (/^[0-9a-f]{64}$/.test(key)) return key;
    } catch {
      // fall through: make a new key
    }
    log('[heard] the saved vault key could not be opened; a new one is made and the desk must be enrolled again.');
  }
  const key = randomBytes(32).toString('hex');
  file.write(safeStorage.encryptString(key));
  return key;
}
