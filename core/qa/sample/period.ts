// Sampling periods. Core reads no time zone: a team's offset from UTC is passed in
// (minutes), so "November" means the team's November on every desk and on the server.

export type SamplePeriod = 'day' | 'week' | 'month';

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** "2026-11" (month), "2026-W47" (ISO week), "2026-11-22" (day), for an instant in the team's time. */
export function periodKey(at: number, period: SamplePeriod, utcOffsetMinutes = 0): string {
  const d = new Date(at + utcOffsetMinutes * 60_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  if (period === 'month') return `${y}-${pad(m)}`;
  if (period === 'day') return `${y}-${pad(m)}-${pad(d.getUTCDate())}`;
  // ISO 8601 week: the week (Monday first) that holds the Thursday; its year is the Thursday's.
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - weekday * DAY_MS + 3 * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return `${isoYear}-W${pad(week)}`;
}
