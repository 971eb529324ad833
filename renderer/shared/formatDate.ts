// Absolute dates for the call list. The rep's own locale and time zone by default; tests
// pass both so the output is fixed.

export type DateFormatOptions = { locale?: string; timeZone?: string };

/** "Tue 18 Nov, 14:32"-style: weekday, day, month and time; the year only when it differs. */
export function formatDateTime(ms: number, now: number, options: DateFormatOptions = {}): string {
  const sameYear = yearOf(ms, options.timeZone) === yearOf(now, options.timeZone);
  return new Intl.DateTimeFormat(options.locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: options.timeZone,
  }).format(ms);
}

/** The call's length as a rep reads it: "4 min", "1 h 12 min", "40 s". */
export function formatCallLength(startedAt: number, endedAt: number | null): string | null {
  if (endedAt === null || endedAt < startedAt) return null;
  const seconds = Math.round((endedAt - startedAt) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function yearOf(ms: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(ms);
}

/** "14:32": the time of day alone, for events within the call on screen. */
export function formatTimeOfDay(ms: number, options: DateFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, { hour: '2-digit', minute: '2-digit', timeZone: options.timeZone }).format(ms);
}
