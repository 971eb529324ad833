// Times as a rep says them on the phone: "2 days ago", "in 3 hours". One unit, rounded to
// the nearest (47 hours is "2 days", not "1 day"), because that is what matters mid-call.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** "less than a minute", "5 minutes", "1 hour", "3 days", "2 weeks", "4 months", "2 years". */
export function formatDuration(ms: number): string {
  const d = Math.abs(ms);
  if (d < MINUTE) return 'less than a minute';
  // Each unit is used until its rounded count would reach the next unit.
  const minutes = Math.round(d / MINUTE);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(d / HOUR);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(d / DAY);
  if (days < 14) return plural(days, 'day');
  const weeks = Math.round(d / WEEK);
  if (d < 60 * DAY) return plural(weeks, 'week');
  const months = Math.round(d / MONTH);
  if (months < 12) return plural(months, 'month');
  return plural(Math.max(1, Math.round(d / YEAR)), 'year');
}

/** "just now", "5 minutes ago", or "in 5 minutes" for a time still ahead. */
export function formatAgo(then: number, now: number): string {
  const diff = now - then;
  if (Math.abs(diff) < MINUTE) return 'just now';
  return diff >= 0 ? `${formatDuration(diff)} ago` : `in ${formatDuration(diff)}`;
}

/** A commitment's due time: "due in 3 hours" or "overdue by 2 days". */
export function formatDue(dueAt: number, now: number): string {
  const diff = dueAt - now;
  if (Math.abs(diff) < MINUTE) return diff >= 0 ? 'due now' : 'overdue by less than a minute';
  return diff >= 0 ? `due in ${formatDuration(diff)}` : `overdue by ${formatDuration(diff)}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
