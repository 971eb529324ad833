import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { TokenSealing } from '../../db/tables/syncState.js';

// Where the device token lives (issue 4: "in Electron's safeStorage on the client, falling
// back to the local store in browser mode"). The account row records which sealing wrote
// it, so the backend never hands a sealed blob to the server as if it were the token.
//
// - plainVault (browser mode, tests): the token is kept as is in the local store, which is
//   as safe as the store file itself. Said so in the README.
// - keyVault (Electron): sealed with a key that safeStorage protects (below).

export type TokenVault = {
  readonly sealing: TokenSealing;
  seal(token: string): string;
  open(sealed: string): string;
};

export const plainVault: TokenVault = {
  sealing: 'plain',
  seal: (token) => token,
  open: (sealed) => sealed,
};

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The Electron vault. safeStorage exists only in Electron's main process, and the backend
 * runs in a utility process, so main keeps one random 256-bit key sealed by safeStorage
 * (electron/main/vaultKey.ts) and hands it to the backend at start; the token is stored
 * sealed with it (AES-256-GCM). At rest, the token is as safe as safeStorage makes that key.
 */
export function keyVault(key: Buffer): TokenVault {
  if (key.length !== 32) throw new Error('the token vault key must be 32 bytes');
  return {
    sealing: 'safeStorage',
    seal(token) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed) {
      const raw = Buffer.from(sealed, 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('the saved sign-in is damaged; enrol this desk again');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
