import { useEffect, useState } from 'react';
import { useAppStore } from './StoreContext.js';

/**
 * Now by the backend's clock, re-read every `everyMs`, so "touched 5 minutes ago" does not
 * freeze while a call goes on.
 */
export function useNow(everyMs = 30_000): number {
  const now = useAppStore((s) => s.now);
  const offset = useAppStore((s) => s.clockOffsetMs);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  // tick and offset are read so the value is recomputed when either changes.
  void tick;
  void offset;
  return now();
}
