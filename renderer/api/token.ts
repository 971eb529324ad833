// Browser mode's one-time token arrives once, in the URL hash (#token=...): a hash is never
// sent to a server or written to its logs. We keep it in sessionStorage so a reload of the
// same tab still works, and take it out of the address bar so it is not shoulder-surfed,
// bookmarked or pasted into a ticket.

export const TOKEN_STORAGE_KEY = 'heard.token';

export type TokenEnv = {
  location: { hash: string; pathname: string; search: string };
  storage: { getItem(key: string): string | null; setItem(key: string, value: string): void } | null;
  replaceUrl: (url: string) => void;
};

/** The token from the hash (stored, then removed from the URL), else the stored one, else null. */
export function takeToken(env: TokenEnv): string | null {
  const fromHash = tokenFromHash(env.location.hash);
  if (fromHash) {
    try {
      env.storage?.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    env.replaceUrl(env.location.pathname + env.location.search);
    return fromHash;
  }
  try {
    return env.storage?.getItem(TOKEN_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.trim() ? token.trim() : null;
}

/** ws://host/api?token=... on http, wss:// on https. */
export function apiSocketUrl(location: { protocol: string; host: string }, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api?token=${encodeURIComponent(token)}`;
}
