import type { Database } from 'better-sqlite3';
import type { SyncStatus } from '../../core/api/index.js';
import { deviceClock, outboxStats, rejectedAfter } from '../../db/tables/outbox.js';
import { readAccount, readMeta } from '../../db/tables/syncState.js';
import type { SyncLoop } from './loop.js';

/** What the status pill and the sync panel show, read fresh from the store and the loop. */
export function syncStatus(db: Database, loop: SyncLoop, now: number): SyncStatus {
  const account = readAccount(db);
  const stats = outboxStats(db, now);
  const paused = readMeta(db, 'paused');
  const state: SyncStatus['state'] = !account ? 'not_enrolled' : paused ? 'paused' : loop.state === 'idle' ? 'connecting' : loop.state;
  return {
    state,
    busy: loop.busy,
    server: account?.serverUrl ?? null,
    user: account ? { name: account.userName, role: account.role, team: account.team } : null,
    device: { id: deviceClock(db).node, name: account?.deviceName ?? null },
    practice: account?.role === 'trainee',
    waiting: stats.waiting,
    oldestWaitingAgeMs: stats.oldestWaitingAgeMs,
    rejected: stats.rejected,
    unreviewed: rejectedAfter(db, readMeta(db, 'reviewedThrough')),
    lastSyncAt: readMeta(db, 'lastSyncAt'),
    lastError: readMeta(db, 'lastError'),
    enrolError: loop.enrolError,
  };
}
