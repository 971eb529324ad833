import { useEffect, useState } from 'react';
import { useAppStore } from '../../app/StoreContext.js';

/**
 * Now by the call's clock (the backend's, through CallView.now), re-read every `everyMs`.
 * Hold timers tick at 250 ms so a second never looks skipped; the rest of the call at 1 s.
 */
export function useCallNow(everyMs: number): number {
  const callNow = useAppStore((s) => s.callNow);
  const offset = useAppStore((s) => s.callClockOffsetMs);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  void tick;
  void offset;
  return callNow();
}
