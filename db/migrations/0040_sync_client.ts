import type { Migration } from './migration.js';

// The client side of sync beyond the outbox (0030): who this device syncs as, where its
// pull stopped, and the merged state of everything pulled (DESIGN.md, Sync).
// - sync_account: at most one row, written at enrolment and removed at sign-out. The token
//   is stored sealed: by Electron's safeStorage in the app, as plain text in browser mode
//   (token_sealing says which, so a store moved between the two is read correctly).
// - sync_meta: small facts that must survive a restart (pull cursor, paused switch, last
//   error), as JSON values.
// - sync_entities: per entity, the core/sync state (its change log and derived view) of
//   every change the server accepted and served back. Domain rows are projected from it,
//   together with this device's own changes not yet served back, so a pulled change merges
//   by the same rules on every device and on the server.
// - sync_unprojected: entities pulled before a row they point at (a case before its
//   customer, a note before its case); projected again after every pull until they fit.
// - calls.remote marks a call pulled from another device, so it is never taken for this
//   desk's live call.
// - device.clock_offset_ms corrects the stamps of a desk whose clock is far off.
// - cases_number becomes non-unique: numbers are made on each device from 40 random bits,
//   and across a team's devices two cases may share one. Both are kept; search finds both.

const SCHEMA = `
CREATE TABLE sync_account (
  one INTEGER PRIMARY KEY NOT NULL CHECK (one = 1),
  server_url TEXT NOT NULL CHECK (server_url <> ''),
  device_name TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('rep', 'qa', 'trainee', 'admin')),
  team TEXT,
  token TEXT NOT NULL,
  token_sealing TEXT NOT NULL CHECK (token_sealing IN ('plain', 'safeStorage')),
  enrolled_at INTEGER NOT NULL
) STRICT;

CREATE TABLE sync_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_entities (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (json_valid(state)),
  PRIMARY KEY (entity, entity_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_unprojected (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id)
) STRICT, WITHOUT ROWID;

-- A call pulled from another device: never this desk's live call, whatever its log says
-- (the hold monitor and "resume the live call" read only this device's calls).
ALTER TABLE calls ADD COLUMN remote INTEGER NOT NULL DEFAULT 0 CHECK (remote IN (0, 1));

-- How far this desk's wall clock is off the server's, when it is off by more than the
-- server tolerates (learnt from the server's answers): stamps use wall + offset, so a desk
-- whose clock is a year ahead neither has every change refused nor wins every edit.
ALTER TABLE device ADD COLUMN clock_offset_ms INTEGER NOT NULL DEFAULT 0;

DROP INDEX cases_number;
CREATE INDEX cases_number ON cases (number);
`;

export const syncClient: Migration = {
  version: 40,
  name: '0040_sync_client',
  up(db) {
    db.exec(SCHEMA);
  },
};
