import type { Session } from 'electron';
import { isAppUrl } from './appOrigin.js';

/**
 * Hosts whose https links may open in the rep's browser (knowledge base, status page...).
 * Empty until the product has such links: an allow-list that starts open never closes.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [];

type Preventable = { preventDefault(): void };

/** The part of Electron's WebContents the hardening needs; a test passes an EventEmitter. */
export type HardenableContents = {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

export type ExternalLinks = {
  allowedHosts: readonly string[];
  openExternal(url: string): Promise<void>;
  log?: (message: string) => void;
};

/** https only, no credentials, default port, exact host match: no suffix tricks like kb.example.com.evil.net. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    allowedHosts.includes(parsed.hostname.toLowerCase())
  );
}

/**
 * Applied to every WebContents the app creates ('web-contents-created'), so a window added
 * later cannot forget it. The app never navigates: it is one page at app://heard/, and
 * routing happens inside it (no 'will-navigate' for in-page changes). New windows are
 * always denied; an allow-listed https link goes to the system browser instead.
 * (The remote module no longer exists in Electron >= 14, so there is nothing to disable.)
 */
export function hardenWebContents(contents: HardenableContents, links: ExternalLinks): void {
  const openOutside = (url: string) => {
    if (!isAllowedExternalUrl(url, links.allowedHosts)) {
      links.log?.(`[security] blocked a link to ${describeUrl(url)}`);
      return;
    }
    links.openExternal(url).catch((error: unknown) => links.log?.(`[security] could not open ${describeUrl(url)}: ${String(error)}`));
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (!isAppUrl(url)) openOutside(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Nothing is granted today. Recording will need 'media' (audio only, from the app origin);
 * when it comes, allow exactly that here and keep every other permission denied.
 */
export function isPermissionAllowed(_permission: string, _requestingUrl: string): boolean {
  return false;
}

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/** Both handlers are needed: most web APIs check first and only request when the check says no. */
export function denyPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}

/** Origin only in logs: a link's path or query can carry a customer's details. */
function describeUrl(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an unreadable address';
  }
}
