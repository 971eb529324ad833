import type { Migration } from './migration.js';
import { initial } from './0010_initial.js';
import { calls } from './0020_calls.js';
import { outbox } from './0030_outbox.js';
import { syncClient } from './0040_sync_client.js';

// The explicit, ordered list of every migration the app knows. A new migration is a new
// file plus one line here; the runner checks the order, so a mistake fails loudly at open.
export const MIGRATIONS: readonly Migration[] = [initial, calls, outbox, syncClient];

export const LATEST_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
