// The central server's HTTP routes, declared once: the desk's sync client
// (backend/sync/http.ts) posts to them and the server (server/http/routes.ts) serves them.
// A new protocol version gets new paths here, so both sides move together.
export const SYNC_ROUTES = {
  /** POST: a one-time code for a device token. */
  enrol: '/v1/enrol',
  /** GET: who this token belongs to. */
  me: '/v1/me',
  /** POST: the device's outbox, in sequence order. */
  push: '/v1/push',
  /** POST: a page of changes after a cursor. */
  pull: '/v1/pull',
} as const;
