// The renderer's one origin. Everything trusted (IPC senders, pushed events, navigation)
// is checked against it, so it lives in one place.
export const APP_SCHEME = 'app';
export const APP_HOST = 'heard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for app://heard/... only: same scheme and host, parsed rather than prefix-matched. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
