import type { Migration } from './migration.js';

// The live call: what call.start / call.record, the hold monitor, settings and the
// commitment commands need beyond 0010. The call log itself (call_events) and its main
// projections (calls, notes, commitments) are 0010's; this adds:
// - calls.script_id: the method in use (the log has it too; the column lets QA filter
//   without reading logs). Left NULL for calls before 0020: back-filling it would parse
//   every call.started payload of a 10M-event store at upgrade, for a filter not built yet.
// - calls_live: the calls still open on this desk (call.active, the hold monitor's restart).
// - settings: the team's settings as JSON values by key.
// - commitment_changes: every change in a promise's life (DESIGN.md: nobody quietly moves
//   a deadline). Back-filled from 0010's rows: 'made' at created_at, and 'done' or
//   'cancelled' at done_at. Who made them is not recorded in 0010; the owner stands in.
// - commitments_open_due: open promises by due time, across customers (the callback list
//   and the due-time monitor), which 0010's per-customer index cannot serve.
// - handovers: transfers and escalations with their summary, by customer, so the next rep
//   sees the story at screen pop. Not back-filled: before 0020 nothing recorded transfer
//   or escalation events (call.record arrives with this migration).
// - hold_prompts: which hold prompts the backend's timer has fired, so a restart mid-hold
//   fires an overdue prompt once, not again.
// Enum CHECKs are OR chains written out here, as in 0010 (a landed migration never changes).

const SCHEMA = `
ALTER TABLE calls ADD COLUMN script_id TEXT;
CREATE INDEX calls_live ON calls (started_at) WHERE ended_at IS NULL;

CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE commitment_changes (
  seq INTEGER PRIMARY KEY,
  commitment_id TEXT NOT NULL REFERENCES commitments(id),
  at INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action = 'made' OR action = 'rescheduled' OR action = 'done' OR action = 'cancelled'),
  -- the due time after this change, and before it (a reschedule keeps both)
  due_at INTEGER NOT NULL,
  previous_due_at INTEGER,
  by TEXT NOT NULL,
  reason TEXT
) STRICT;
CREATE INDEX commitment_changes_commitment ON commitment_changes (commitment_id, at, seq);

CREATE INDEX commitments_open_due ON commitments (due_at) WHERE status = 'open';

CREATE TABLE handovers (
  -- the transfer or escalation event's id
  id TEXT PRIMARY KEY NOT NULL,
  call_id TEXT NOT NULL REFERENCES calls(id),
  customer_id TEXT NOT NULL REFERENCES customers(id),
  case_id TEXT REFERENCES cases(id),
  kind TEXT NOT NULL CHECK (kind = 'transfer' OR kind = 'escalation'),
  to_name TEXT NOT NULL,
  from_rep TEXT NOT NULL,
  reason TEXT,
  at INTEGER NOT NULL,
  summary TEXT NOT NULL CHECK (json_valid(summary))
) STRICT;
CREATE INDEX handovers_customer_at ON handovers (customer_id, at DESC);

CREATE TABLE hold_prompts (
  call_id TEXT NOT NULL REFERENCES calls(id),
  kind TEXT NOT NULL CHECK (kind = 'checkin_due' OR kind = 'checkin_late' OR kind = 'offer_callback'),
  -- which prompt: the hold (by its start) and check-in number; 0 and 0 for the call's one callback offer
  hold_started_at INTEGER NOT NULL,
  checkin_number INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  fired_at INTEGER NOT NULL,
  PRIMARY KEY (call_id, kind, hold_started_at, checkin_number)
) STRICT, WITHOUT ROWID;
`;

const BACKFILL_CHANGES = `
INSERT INTO commitment_changes (commitment_id, at, action, due_at, previous_due_at, by, reason)
SELECT id, created_at, 'made', due_at, NULL, owner, NULL FROM commitments ORDER BY created_at, id;
INSERT INTO commitment_changes (commitment_id, at, action, due_at, previous_due_at, by, reason)
SELECT id, done_at, status, due_at, NULL, owner, NULL FROM commitments WHERE status <> 'open' ORDER BY done_at, id;
`;

export const calls: Migration = {
  version: 20,
  name: '0020_calls',
  up(db) {
    db.exec(SCHEMA);
    db.exec(BACKFILL_CHANGES);
  },
};
