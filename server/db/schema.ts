import type { Role } from '../../core/sync/enrolment.js';

// The server's tables as Kysely sees them. Timestamps are fixed-width UTC ISO strings
// (toISOString): the same text type on both engines, and text order is time order, so
// "expires_at > now" is one query for SQLite and PostgreSQL alike.

export type UsersTable = {
  id: string;
  name: string;
  role: Role;
  team: string | null;
  created_at: string;
};

export type EnrolmentCodesTable = {
  /** SHA-256 hex of the normalised code; the code itself is shown once and never stored. */
  code_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
};

export type DevicesTable = {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 hex of the bearer token. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
};

export type ServerDatabase = {
  users: UsersTable;
  enrolment_codes: EnrolmentCodesTable;
  devices: DevicesTable;
};

