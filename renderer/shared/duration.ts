// Stopwatch times for the live call ("0:42", "12:05", "1:02:09"): a rep glances at a hold
// timer to decide whether to go back on the line, so seconds matter and never round up.

/** Whole seconds elapsed, floored, never negative. */
export function wholeSeconds(ms: number): number {
  return Math.max(0, Math.floor(ms / 1000));
}

/** "m:ss" under an hour, "h:mm:ss" after. */
export function formatClock(ms: number): string {
  const total = wholeSeconds(ms);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "42 s", "2 min 05 s": the same figure in words, for stats and screen readers. */
export function formatSpan(ms: number): string {
  const total = wholeSeconds(ms);
  if (total < 60) return `${total} s`;
  const m = Math.floor(total / 60);
  const s = total % 60;
  return s === 0 ? `${m} min` : `${m} min ${String(s).padStart(2, '0')} s`;
}
