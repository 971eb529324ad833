import type { SyncStatus } from '../../../core/api/commands.js';
import { formatAgo } from '../../shared/relativeTime.js';

// The status pill's words, pure so every state is tested once. A rep glances at it between
// calls: one short phrase for the state, then what is waiting and how long, then what the
// server refused. Colour comes with a word, never alone.

/** ok: all sent; neutral: nothing to do; waiting: work held here; warn: the rep must act; error: sync is failing. */
export type PillTone = 'ok' | 'neutral' | 'waiting' | 'warn' | 'error';

export type Pill = { tone: PillTone; main: string; extras: string[] };

export type PillInput = {
  status: SyncStatus;
  /** Now, by the backend's clock. */
  now: number;
  /** The oldest waiting change's age now (it grows while the pill is on screen); null when none. */
  oldestAgeMs: number | null;
  /** Refused changes the rep has not looked at in the panel yet. */
  unreviewed: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "<1 min", "8 min", "3 h", "2 days": an age that fits in the header. */
export function shortAge(ms: number): string {
  if (ms < MINUTE) return '<1 min';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} days`;
}

const TONE_RANK: Record<PillTone, number> = { ok: 0, neutral: 1, waiting: 2, warn: 3, error: 4 };

export function syncPill({ status, now, oldestAgeMs, unreviewed }: PillInput): Pill {
  const { state, waiting, rejected } = status;
  let tone: PillTone;
  let main: string;
  const extras: string[] = [];
  const age = oldestAgeMs !== null ? `oldest ${shortAge(oldestAgeMs)}` : null;
  // What waits, and for how long; the age always when sync is not running, and only once it
  // is worth a look (a minute) while online, where a change normally leaves in a second.
  const held = (always: boolean) => {
    if (waiting === 0) return;
    extras.push(`${waiting} waiting`);
    if (age && (always || (oldestAgeMs ?? 0) >= MINUTE)) extras.push(age);
  };
  switch (state) {
    case 'not_enrolled':
      tone = 'neutral';
      main = 'Not connected to a server';
      if (waiting > 0) extras.push(`${waiting} not sent`);
      break;
    case 'signed_out':
      tone = 'warn';
      main = 'Signed out — enrol again';
      held(true);
      break;
    case 'cloned':
      tone = 'warn';
      main = 'Desk copied — enrol again';
      held(true);
      break;
    case 'outdated':
      tone = 'error';
      main = 'App too old for the server — update';
      held(true);
      break;
    case 'paused':
      tone = waiting > 0 ? 'waiting' : 'neutral';
      main = 'Working offline';
      held(true);
      break;
    case 'connecting':
      tone = waiting > 0 ? 'waiting' : 'neutral';
      main = 'Connecting…';
      held(true);
      break;
    case 'offline':
      tone = 'waiting';
      main = 'Offline';
      held(true);
      break;
    case 'error':
      tone = 'error';
      main = 'Sync failing';
      held(true);
      break;
    case 'online':
      tone = 'ok';
      main = waiting === 0 ? `Synced ${status.lastSyncAt === null ? 'just now' : formatAgo(status.lastSyncAt, now)}` : 'Online';
      held(false);
      break;
  }
  if (rejected > 0) {
    if (unreviewed > 0) {
      extras.push(`⚠ ${rejected} refused — review`);
      if (TONE_RANK[tone] < TONE_RANK.warn) tone = 'warn';
    } else {
      extras.push(`${rejected} refused`);
    }
  }
  return { tone, main, extras };
}
