import type { Migration } from 'kysely';
import { migration0010Auth } from './0010_auth.js';
import { migration0020Sync } from './0020_sync.js';
import { migration0030Access } from './0030_access.js';

// The explicit list (DESIGN.md habits): numbered in steps of 10, append only.
// Kysely runs them in name order, so names carry the number.
export const SERVER_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0010_auth': migration0010Auth,
  '0020_sync': migration0020Sync,
  '0030_access': migration0030Access,
};
