import { newId } from '../../core/model/ids.js';
import type { Migration } from './migration.js';

// The local side of sync (DESIGN.md, Sync): what this store must remember to push its
// writes to the server later, written in the same transaction as the writes themselves.
// - device: exactly one row, this store's identity. Its id is a UUIDv7 made once, here, so
//   every store has one from the moment it exists and a copied file is a cloned device the
//   server can recognise. It also holds the hybrid logical clock's state (the last stamp's
//   ms and counter), advanced by every local change.
// - outbox: the device's changes in order. seq is gapless from 1: it is taken as max + 1
//   inside the write's own immediate transaction, and a row is never deleted, only marked
//   acknowledged (acked_at) or rejected (rejected_reason, from the server).
// - field_clocks: the stamp of the last local or merged write of each mutable field, so a
//   later pull can merge last-writer-wins per field.
// Nothing is back-filled: rows written before 0030 are the server's seed or older local
// history that has no change records to replay.

const SCHEMA = `
CREATE TABLE device (
  one INTEGER PRIMARY KEY NOT NULL CHECK (one = 1),
  id TEXT NOT NULL CHECK (id <> ''),
  hlc_ms INTEGER NOT NULL CHECK (hlc_ms >= 0),
  hlc_counter INTEGER NOT NULL CHECK (hlc_counter >= 0),
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
  id TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'set' OR kind = 'append' OR kind = 'terminal'),
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  hlc TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  acked_at INTEGER,
  rejected_reason TEXT
) STRICT;
CREATE INDEX outbox_entity ON outbox (entity, entity_id);
-- What still has to be pushed, in order.
CREATE INDEX outbox_waiting ON outbox (seq) WHERE acked_at IS NULL;

CREATE TABLE field_clocks (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, field)
) STRICT, WITHOUT ROWID;
`;

export const outbox: Migration = {
  version: 30,
  name: '0030_outbox',
  up(db) {
    db.exec(SCHEMA);
    const now = Date.now();
    db.prepare(`INSERT INTO device (one, id, hlc_ms, hlc_counter, created_at) VALUES (1, ?, 0, 0, ?)`).run(newId(now), now);
  },
};
