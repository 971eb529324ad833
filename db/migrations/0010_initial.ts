import type { Migration } from './migration.js';

// The first schema. Sized for one desk's store at the benchmark scale (1M customers,
// 3M calls, 10M call events) with every screen-pop query an index lookup.
//
// Conventions:
// - ids are client-made UUIDv7 text (DESIGN.md, Sync); times are ms since the epoch, UTC.
// - STRICT tables, so a wrong type is refused instead of stored.
// - Tables behind an external-content FTS index (customers, cases, notes) declare
//   `seq INTEGER PRIMARY KEY`: FTS5 links rows by rowid, and VACUUM may renumber an
//   implicit rowid, which would silently point the index at the wrong rows. An explicit
//   INTEGER PRIMARY KEY pins it. Their uuid `id` is UNIQUE and is what foreign keys use.
// - Enum columns carry CHECKs that mirror core/model/enums.ts. The values are written out
//   here, not imported: a landed migration must not change when the enums do later.
//   They are OR chains, not `x IN (...)`: SQLite builds an ephemeral lookup table for an IN
//   list on every execution of an INSERT, which made bulk inserts of calls ~50% slower.
function oneOf(column: string, values: readonly string[]): string {
  return `(${values.map((v) => `${column} = '${v}'`).join(' OR ')})`;
}

const MOODS = ['calm', 'upset', 'angry', 'abusive'];
const OPEN_STATUSES = ['open', 'pending', 'escalated'];

const SCHEMA = `
CREATE TABLE customers (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (name <> ''),
  -- lower-case, accents and punctuation removed, spaces collapsed: the duplicate check key
  name_norm TEXT NOT NULL,
  email TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- Clustered on (customer_id, e164): a customer's numbers are one contiguous read, and a
-- number appears once per customer. Several customers may share a number (a household).
CREATE TABLE customer_phones (
  customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  e164 TEXT NOT NULL CHECK (e164 GLOB '+[1-9]*' AND substr(e164, 2) NOT GLOB '*[^0-9]*' AND length(e164) <= 16),
  label TEXT,
  position INTEGER NOT NULL,
  -- national significant number ("4155552671"): search by a leading fragment (area code...)
  national TEXT NOT NULL,
  -- all digits reversed ("1762555514"): "last four digits" becomes an indexable prefix
  digits_rev TEXT NOT NULL,
  PRIMARY KEY (customer_id, e164)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_phones_e164 ON customer_phones (e164);
CREATE INDEX customer_phones_national ON customer_phones (national);
CREATE INDEX customer_phones_digits_rev ON customer_phones (digits_rev);

CREATE TABLE cases (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  number TEXT NOT NULL,
  subject TEXT NOT NULL CHECK (subject <> ''),
  status TEXT NOT NULL CHECK ${oneOf('status', [...OPEN_STATUSES, 'resolved', 'closed'])},
  category TEXT,
  created_at INTEGER NOT NULL,
  -- last time a call, note or edit touched the case: drives ordering and the repeat mark
  updated_at INTEGER NOT NULL
) STRICT;
-- Case numbers are found through these B-trees, not the full-text index: the leading part
-- ("HRD-7K4Q", "HRD-7K4Q-M2") is a range on cases_number, and the second group alone
-- ("M2X9", what a caller reads last) is an equality on cases_number_tail. Named indexes
-- rather than a column UNIQUE, so a bulk load can build them once at the end.
CREATE UNIQUE INDEX cases_number ON cases (number);
CREATE INDEX cases_number_tail ON cases (substr(number, 10));
CREATE INDEX cases_customer_updated ON cases (customer_id, updated_at DESC);
-- The cases a rep must act on, read first at screen pop without skipping closed history.
-- A query uses it only when its WHERE repeats this exact expression (db/queries/sqlParts.ts).
CREATE INDEX cases_customer_open ON cases (customer_id, updated_at DESC)
  WHERE ${oneOf('status', OPEN_STATUSES)};

CREATE TABLE calls (
  id TEXT PRIMARY KEY NOT NULL,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  case_id TEXT REFERENCES cases(id),
  phone TEXT NOT NULL,
  direction TEXT NOT NULL CHECK ${oneOf('direction', ['inbound', 'outbound'])},
  rep_name TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER CHECK (ended_at >= started_at),
  mood_start TEXT CHECK ${oneOf('mood_start', MOODS)},
  mood_end TEXT CHECK ${oneOf('mood_end', MOODS)},
  disposition TEXT CHECK ${oneOf('disposition', ['resolved', 'pending', 'escalated', 'transferred'])},
  summary TEXT
) STRICT;
CREATE INDEX calls_customer_started ON calls (customer_id, started_at DESC);
CREATE INDEX calls_case ON calls (case_id, started_at) WHERE case_id IS NOT NULL;

-- The append-only log of a call. Clustered on (call_id, at, id): replaying a call is one
-- range read in time order, and no separate rowid table plus id index is kept for the
-- largest table in the store (10M rows at benchmark scale). Events merge by union on this
-- key, which includes the globally unique event id. The event vocabulary belongs to
-- core/call and grows, so type is not pinned by a CHECK (that would need a table rebuild
-- per new type).
CREATE TABLE call_events (
  call_id TEXT NOT NULL REFERENCES calls(id),
  at INTEGER NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type <> ''),
  payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
  PRIMARY KEY (call_id, at, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE notes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  case_id TEXT REFERENCES cases(id),
  call_id TEXT REFERENCES calls(id),
  body TEXT NOT NULL CHECK (body <> ''),
  author TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_call ON notes (call_id, created_at) WHERE call_id IS NOT NULL;
CREATE INDEX notes_case ON notes (case_id, created_at) WHERE case_id IS NOT NULL;
CREATE INDEX notes_customer ON notes (customer_id, created_at);

CREATE TABLE commitments (
  id TEXT PRIMARY KEY NOT NULL,
  customer_id TEXT NOT NULL REFERENCES customers(id),
  case_id TEXT REFERENCES cases(id),
  call_id TEXT REFERENCES calls(id),
  description TEXT NOT NULL CHECK (description <> ''),
  owner TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK ${oneOf('status', ['open', 'done', 'cancelled'])},
  created_at INTEGER NOT NULL,
  -- when it became done or cancelled; a terminal commitment always has one
  done_at INTEGER,
  CHECK ((status = 'open') = (done_at IS NULL))
) STRICT;
CREATE INDEX commitments_customer_status_due ON commitments (customer_id, status, due_at);
CREATE INDEX commitments_case ON commitments (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX commitments_call ON commitments (call_id) WHERE call_id IS NOT NULL;

-- Full-text search: one external-content FTS5 table per source table (the text is stored
-- once, in the source row), kept in step by triggers. remove_diacritics 2 lets "jose" find
-- "José"; prefix indexes of 2 and 3 characters keep short as-you-type prefixes fast (a
-- longer prefix is answered by merging every matching term's list, which is slow only for
-- common words). Names also index 1-character prefixes: "j smith" is how reps type an
-- initial, and without it that query reads every name with a j-word (~12 ms at 1M
-- customers, 0.5 ms with it, for ~30% more name index).
CREATE VIRTUAL TABLE customers_fts USING fts5(
  name,
  content = 'customers', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE VIRTUAL TABLE cases_fts USING fts5(
  subject,
  content = 'cases', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE VIRTUAL TABLE notes_fts USING fts5(
  body,
  content = 'notes', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

-- Update triggers fire only when indexed text changes: cases.updated_at is bumped by every
-- call and note, and must not churn the index.
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customers_fts (rowid, name) VALUES (new.seq, new.name);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name) VALUES ('delete', old.seq, old.name);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name ON customers BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name) VALUES ('delete', old.seq, old.name);
  INSERT INTO customers_fts (rowid, name) VALUES (new.seq, new.name);
END;

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts (rowid, subject) VALUES (new.seq, new.subject);
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, subject) VALUES ('delete', old.seq, old.subject);
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF subject ON cases BEGIN
  INSERT INTO cases_fts (cases_fts, rowid, subject) VALUES ('delete', old.seq, old.subject);
  INSERT INTO cases_fts (rowid, subject) VALUES (new.seq, new.subject);
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts (rowid, body) VALUES (new.seq, new.body);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.seq, old.body);
  INSERT INTO notes_fts (rowid, body) VALUES (new.seq, new.body);
END;
`;

export const initial: Migration = {
  version: 10,
  name: '0010_initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
