import { useNow } from '../../app/useNow.js';
import { useAppStore } from '../../app/StoreContext.js';
import { selectSyncStatus, selectSyncStatusAt } from './selectors.js';

/**
 * Now (backend clock) and the oldest waiting change's age, moving on between statuses: the
 * backend measured it when it sent the status, and it grows while nothing is sent.
 */
export function useOldestAge(everyMs = 15_000): { now: number; oldestAgeMs: number | null } {
  const status = useAppStore(selectSyncStatus);
  const at = useAppStore(selectSyncStatusAt);
  const now = useNow(everyMs);
  const base = status?.oldestWaitingAgeMs ?? null;
  return { now, oldestAgeMs: base === null ? null : base + Math.max(0, now - at) };
}
