import type { TokenSealing } from '../../../db/queries/syncState.js';

// Where the device token lives (issue 4: "in Electron's safeStorage on the client, falling
// back to the local store in browser mode"). The account row records which sealing wrote
// it, so the backend never hands a sealed blob to the server as if it were the token.
//
// - plainVault (browser mode, tests): the token is kept as is in the local store, which is
//   as safe as the store file itself. Said so in the README.
// - Electron: electron/main seals with safeStorage (see electron/main/tokenVault.ts) and the
//   sealed text is what the store keeps.

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
