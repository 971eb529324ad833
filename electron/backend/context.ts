import type { Database } from 'better-sqlite3';
import type { CountryCode } from 'libphonenumber-js';
import type { EventName, EventPayload } from '../../core/api/index.js';

/** Time comes from an injected clock everywhere, so timers and tests are deterministic. */
export type Clock = { now(): number };
export const systemClock: Clock = { now: () => Date.now() };

export type BackendConfig = {
  /** Path of the local SQLite store; created and migrated on open. */
  dbPath: string;
  clock?: Clock;
  /** Country used to read numbers typed without a country code. */
  defaultCountry?: CountryCode;
  /** Who is signed in on this desktop; stamped on notes and calls. */
  repName?: string;
  version?: string;
  /** Path to a better-sqlite3 binary built for Electron's ABI (the app); Node's otherwise. */
  nativeBinding?: string;
};

/** What every command handler receives besides its validated input. */
export type BackendContext = {
  db: Database;
  clock: Clock;
  defaultCountry: CountryCode;
  repName: string;
  version: string;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
};
