// The quick due times a rep offers a caller ("I'll call you back this afternoon"). Computed
// in the rep's local time from a given `now` (the backend's clock, corrected), so the
// label says what the rep will say aloud and tests can pin both.

export type DueChoiceId = 'hour' | 'afternoon' | 'tomorrow' | 'two_days' | 'custom';

export type DueChoice = {
  id: DueChoiceId;
  /** The digit that picks it in the form. */
  key: number;
  label: string;
  /** null for 'custom': the rep types a date and time. */
  dueAt: number | null;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A promise for "this afternoon" made at 3:50 pm is a promise nobody can keep. */
const AFTERNOON_MARGIN_MS = 30 * MINUTE;

/**
 * A time a caller can write down: "by 3:10", never "by 3:07". Seconds are dropped first, so
 * a promise made at 10:00:02 "in an hour" is 11:00, not 11:05. Epoch five-minute marks
 * line up with local ones because every time zone's offset is a multiple of 15 minutes.
 */
export function roundToSayable(ms: number): number {
  const step = 5 * MINUTE;
  const minute = Math.floor(ms / MINUTE) * MINUTE;
  return Math.ceil(minute / step) * step;
}

/** Local wall-clock time on the day `dayOffset` days from `now`'s date. */
export function atLocal(now: number, dayOffset: number, hour: number, minute = 0): number {
  const d = new Date(now);
  d.setDate(d.getDate() + dayOffset);
  d.setHours(hour, minute, 0, 0);
  return d.getTime();
}

export function dueChoices(now: number): DueChoice[] {
  const todayAt4 = atLocal(now, 0, 16);
  const afternoonToday = todayAt4 - now >= AFTERNOON_MARGIN_MS;
  return [
    { id: 'hour', key: 1, label: 'In 1 hour', dueAt: roundToSayable(now + HOUR) },
    afternoonToday
      ? { id: 'afternoon', key: 2, label: 'This afternoon, 4 pm', dueAt: todayAt4 }
      : { id: 'afternoon', key: 2, label: 'Tomorrow afternoon, 4 pm', dueAt: atLocal(now, 1, 16) },
    { id: 'tomorrow', key: 3, label: 'Tomorrow, 10 am', dueAt: atLocal(now, 1, 10) },
    { id: 'two_days', key: 4, label: 'In 2 days', dueAt: roundToSayable(now + 2 * DAY) },
    { id: 'custom', key: 5, label: 'Custom date and time', dueAt: null },
  ];
}

/** The value for an <input type="datetime-local"> showing `ms` in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads a datetime-local value as local time; null when empty or malformed. */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, 0, 0);
  // new Date rolls 31 Feb over into March; a rolled date is not what the rep typed.
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

export type DuePick = { choice: DueChoiceId; custom: string };

/** The due time a pick stands for, or the reason it has none yet. */
export function resolveDue(pick: DuePick, now: number): { ok: true; dueAt: number } | { ok: false; message: string } {
  if (pick.choice !== 'custom') {
    const choice = dueChoices(now).find((c) => c.id === pick.choice);
    if (choice?.dueAt != null) return { ok: true, dueAt: choice.dueAt };
  }
  const at = fromLocalInput(pick.custom);
  if (at === null) return { ok: false, message: 'Enter the date and time you promised.' };
  if (at <= now) return { ok: false, message: 'That time has passed; pick a time still ahead.' };
  return { ok: true, dueAt: at };
}
