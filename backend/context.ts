import type { Database } from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import type { EventName, EventPayload } from '../core/api/index.js';
import type { HoldPolicy } from '../core/call/holdPolicy.js';
import type { CallClocks } from './clock/callClocks.js';
import type { Clock, Scheduler } from './clock/clock.js';
import type { CallLog } from './calls/callLog.js';
import type { ScriptLibrary } from './scripts/scriptLibrary.js';
import type { ServerFactory, SyncLoop } from './sync/loop.js';
import type { TokenVault } from './sync/vault.js';

export type BackendConfig = {
  /** Path of the local SQLite store; created and migrated on open. */
  dbPath: string;
  /** Defaults to the system clock. A clock that is also a Scheduler (testing/manualClock.ts) drives the timers too. */
  clock?: Clock;
  /** Timers of the hold and commitment monitors; defaults to the clock if it schedules, else real (unref'd) timers. */
  scheduler?: Scheduler;
  /** Country used to read numbers typed without a country code. */
  defaultCountry?: CountryCode;
  /** Who is signed in on this desktop; stamped on notes and calls. */
  repName?: string;
  version?: string;
  /** Path to a better-sqlite3 binary built for Electron's ABI (the app); Node's otherwise. */
  nativeBinding?: string;
  /** A folder of a team's custom scripts (*.json, see core/call/scripts/schema.ts); optional. */
  scriptsDir?: string;
  /** The sync client's parts; defaults: real HTTP, the token in the local store, a round every 5 s. */
  sync?: { server?: ServerFactory; vault?: TokenVault; intervalMs?: number };
};

/** Moments the background monitors must re-read the store after a command changed it. */
export type ChangeSignals = {
  /** A call's log grew (or the call started): its hold timers may move. */
  call(callId: string): void;
  /** A promise was made, kept or moved: the next due time may have changed. */
  commitments(): void;
  /** The team's hold policy changed: every open hold's deadlines move. */
  policy(): void;
};

/** What every command handler receives besides its validated input. */
export type BackendContext = {
  db: Database;
  clock: Clock;
  defaultCountry: CountryCode;
  repName: string;
  version: string;
  /** Each live call's clock: stamps its events and reads its `now`. */
  callClocks: CallClocks;
  /** Call logs read from the store, folded by the reducer, cached per call. */
  calls: CallLog;
  /** Built-in scripts and the team's custom ones. */
  scripts: ScriptLibrary;
  /** The team's hold policy as stored in settings (kept in memory; settings.update replaces it). */
  holdPolicy(): HoldPolicy;
  setHoldPolicy(policy: HoldPolicy): void;
  changed: ChangeSignals;
  /** The sync loop: enrolment, status, rounds on demand. */
  sync: SyncLoop;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
};
