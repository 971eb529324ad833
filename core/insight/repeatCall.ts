import type { CaseSummary, RepeatMark } from '../model/index.js';

/** Floors commonly count a call as a repeat when the same case was touched within 7 days. */
export const REPEAT_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The case this call is probably a repeat about: the most recently touched case within the
 * window, preferring cases still open (a caller rarely rings again about a closed case,
 * but if they do within the window, that is a repeat too and worth showing).
 */
export function findRepeat(cases: readonly CaseSummary[], now: number, windowDays = REPEAT_WINDOW_DAYS): RepeatMark | null {
  const since = now - windowDays * DAY_MS;
  let best: CaseSummary | null = null;
  for (const c of cases) {
    if (c.updatedAt < since) continue;
    if (!best || c.updatedAt > best.updatedAt) best = c;
  }
  if (!best) return null;
  return { caseId: best.id, caseNumber: best.number, subject: best.subject, lastTouchedAt: best.updatedAt, windowDays };
}
