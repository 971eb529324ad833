// Reconnect delays: quick at first (a restarted backend is usually back within a second),
// then capped so a rep who fixed the network waits at most a few seconds. The jitter keeps
// several windows from hammering a restarting host in lockstep.

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_MAX_MS = 5000;

/** Delay before reconnect attempt `attempt` (0-based); `random` in [0, 1) is injectable for tests. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  // ±20 % jitter, never above the cap.
  const jittered = exp * (0.8 + 0.4 * random());
  return Math.round(Math.min(BACKOFF_MAX_MS, jittered));
}
