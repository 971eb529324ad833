import { useAppStore } from '../../app/StoreContext.js';
import { useTick } from '../../shared/useTick.js';

/**
 * Now by the call's clock (the backend's, through CallView.now), re-read every `everyMs`.
 * Hold timers tick at 250 ms so a second never looks skipped; the rest of the call at 1 s.
 */
export function useCallNow(everyMs: number): number {
  const callNow = useAppStore((s) => s.callNow);
  // Subscribed so the value is recomputed when the offset to the call's clock changes.
  useAppStore((s) => s.callClockOffsetMs);
  useTick(everyMs);
  return callNow();
}
