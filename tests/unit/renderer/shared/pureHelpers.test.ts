import { describe, expect, it } from 'vitest';
import { digitIndex, moveIndex } from '../../../../renderer/shared/listNav.js';
import { formatAgo, formatDue, formatDuration } from '../../../../renderer/shared/relativeTime.js';
import { formatCallLength, formatDateTime } from '../../../../renderer/shared/formatDate.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relative time', () => {
  it('uses one unit, rounded to the nearest, as said on the phone', () => {
    expect(formatDuration(5 * MIN + 20_000)).toBe('5 minutes');
    expect(formatDuration(5 * MIN + 40_000)).toBe('6 minutes');
    expect(formatDuration(59 * MIN + 40_000)).toBe('1 hour');
    expect(formatDuration(HOUR)).toBe('1 hour');
    expect(formatDuration(23 * HOUR + 40 * MIN)).toBe('1 day');
    expect(formatDuration(47 * HOUR + 46 * MIN)).toBe('2 days');
    expect(formatDuration(13 * DAY)).toBe('13 days');
    expect(formatDuration(15 * DAY)).toBe('2 weeks');
    expect(formatDuration(90 * DAY)).toBe('3 months');
    expect(formatDuration(360 * DAY)).toBe('1 year');
    expect(formatDuration(800 * DAY)).toBe('2 years');
  });

  it('says "ago" for the past and "in" for the future', () => {
    const now = 1_000_000_000_000;
    expect(formatAgo(now - 30_000, now)).toBe('just now');
    expect(formatAgo(now - 2 * DAY, now)).toBe('2 days ago');
    expect(formatAgo(now - MIN, now)).toBe('1 minute ago');
    expect(formatAgo(now + 3 * HOUR, now)).toBe('in 3 hours');
  });

  it('words a due time as due or overdue', () => {
    const now = 1_000_000_000_000;
    expect(formatDue(now + 3 * HOUR, now)).toBe('due in 3 hours');
    expect(formatDue(now - 2 * DAY, now)).toBe('overdue by 2 days');
    expect(formatDue(now + 10_000, now)).toBe('due now');
    expect(formatDue(now - 10_000, now)).toBe('overdue by less than a minute');
  });
});

describe('dates', () => {
  it('formats with a fixed locale and zone, adding the year only when it differs', () => {
    const now = Date.UTC(2025, 10, 20, 12, 0);
    const sameYear = formatDateTime(Date.UTC(2025, 10, 18, 14, 32), now, { locale: 'en-GB', timeZone: 'UTC' });
    expect(sameYear).toMatch(/Tue.*18.*Nov.*14:32/);
    expect(sameYear).not.toMatch(/2025/);
    expect(formatDateTime(Date.UTC(2024, 0, 5, 9, 5), now, { locale: 'en-GB', timeZone: 'UTC' })).toMatch(/2024/);
  });

  it('gives a call length, or nothing for a call without an end', () => {
    expect(formatCallLength(0, 40_000)).toBe('40 s');
    expect(formatCallLength(0, 6 * MIN + 10_000)).toBe('6 min');
    expect(formatCallLength(0, 72 * MIN)).toBe('1 h 12 min');
    expect(formatCallLength(0, null)).toBeNull();
    expect(formatCallLength(10, 5)).toBeNull();
  });
});

describe('keyboard list navigation', () => {
  it('moves and wraps around', () => {
    expect(moveIndex(0, 1, 3)).toBe(1);
    expect(moveIndex(2, 1, 3)).toBe(0);
    expect(moveIndex(0, -1, 3)).toBe(2);
  });

  it('starts at the right end when nothing is highlighted, and is -1 for an empty list', () => {
    expect(moveIndex(-1, 1, 3)).toBe(0);
    expect(moveIndex(-1, -1, 3)).toBe(2);
    expect(moveIndex(7, 1, 3)).toBe(0);
    expect(moveIndex(0, 1, 0)).toBe(-1);
  });

  it('maps digits 1-9 to rows that exist, and nothing else', () => {
    expect(digitIndex('1', 3)).toBe(0);
    expect(digitIndex('3', 3)).toBe(2);
    expect(digitIndex('4', 3)).toBeNull();
    expect(digitIndex('0', 3)).toBeNull();
    expect(digitIndex('a', 3)).toBeNull();
    expect(digitIndex('12', 20)).toBeNull();
  });
});
