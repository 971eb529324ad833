import { useTick } from '../shared/useTick.js';
import { useAppStore } from './StoreContext.js';

/**
 * Now by the backend's clock, re-read every `everyMs`, so "touched 5 minutes ago" does not
 * freeze while a call goes on.
 */
export function useNow(everyMs = 30_000): number {
  const now = useAppStore((s) => s.now);
  // Subscribed so the value is recomputed when the offset to the backend's clock changes.
  useAppStore((s) => s.clockOffsetMs);
  useTick(everyMs);
  return now();
}
