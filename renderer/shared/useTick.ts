import { useEffect, useState } from 'react';

/**
 * Re-renders the calling component every `everyMs`: clocks on screen ("on hold 0:46",
 * "touched 5 minutes ago") must move while nothing else changes.
 */
export function useTick(everyMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return tick;
}
