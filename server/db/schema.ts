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

// Sync tables (migration 0020). bigint columns come back from PostgreSQL as strings,
// hence `number | string` on read; callers convert with Number().

/** One version counter per space; a space is a team (users without a team share ''). */
export type SyncSpacesTable = {
  space: string;
  version: number | string;
};

/** The highest seq of each device that is stored (applied or rejected). */
export type SyncDevicesTable = {
  device_id: string;
  last_seq: number | string;
};

export type SyncChangeStatus = 'applied' | 'rejected' | 'superseded' | 'duplicate';

export type SyncChangesTable = {
  device_id: string;
  seq: number | string;
  change_id: string;
  space: string;
  user_id: string;
  entity: string;
  entity_id: string;
  kind: string;
  /** JSON text of the change's fields. */
  fields: string;
  hlc: string;
  status: SyncChangeStatus;
  reason: string | null;
  version: number | string;
  stored_at: string;
};

/** The merged EntityState (core/sync) of each entity, as JSON text. */
export type SyncEntitiesTable = {
  space: string;
  entity: string;
  entity_id: string;
  state: string;
  /**
   * The user whose change created the row (migration 0030): a call belongs to the rep who
   * first wrote it. Null only for a row whose creating change could not be found.
   */
  owner_user_id: string | null;
};

export type ServerDatabase = {
  users: UsersTable;
  enrolment_codes: EnrolmentCodesTable;
  devices: DevicesTable;
  sync_spaces: SyncSpacesTable;
  sync_devices: SyncDevicesTable;
  sync_changes: SyncChangesTable;
  sync_entities: SyncEntitiesTable;
};

