import type { Transaction } from 'kysely';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { EntityState } from '../../core/sync/state.js';
import type { ServerDatabase } from '../db/schema.js';
import type { EntityPlace } from './access.js';

// The entity rows one push touches, held in memory for the length of its transaction: read
// with one query at the start, changed in place change by change, written back with one
// statement per chunk at the end. A push of 500 changes into a few dozen entities used to
// read, parse, re-serialise and write each entity's whole state once per change; now it does
// so once per entity. The result is the same because the push transaction holds the space
// lock throughout (push.ts), so nothing else writes these rows meanwhile.

type Tx = Transaction<ServerDatabase>;

export type HeldEntity = {
  entity: ChangeRecord['entity'];
  entityId: string;
  /** Where the row lives and who created it; null while no space holds the id. */
  place: EntityPlace | null;
  /** The state as read, parsed on first use (a refused change never needs it). */
  stored: string | null;
  state: EntityState | null;
  /** Changed by this push: written back at the end. */
  dirty: boolean;
};

export type HeldEntities = Map<string, HeldEntity>;

export const entityKey = (entity: string, entityId: string): string => `${entity}\u0000${entityId}`;

// Bound parameters per statement: far below SQLite's 32,766 and PostgreSQL's 65,535.
const IDS_PER_READ = 1000;
const ROWS_PER_WRITE = 200;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every entity the changes name, in whatever space holds it (an id lives in one space: migration 0030). */
export async function holdEntities(trx: Tx, changes: readonly ChangeRecord[]): Promise<HeldEntities> {
  const held: HeldEntities = new Map();
  for (const c of changes) {
    const key = entityKey(c.entity, c.entityId);
    if (!held.has(key)) held.set(key, { entity: c.entity, entityId: c.entityId, place: null, stored: null, state: null, dirty: false });
  }
  const kinds = [...new Set(changes.map((c) => c.entity))];
  const ids = [...new Set(changes.map((c) => c.entityId))];
  for (const part of chunks(ids, IDS_PER_READ)) {
    // (entity IN ..) AND (entity_id IN ..) walks the unique (entity, entity_id) index; a row
    // of another kind that shares an id (a case and its notes) is read too and skipped here.
    const rows = await trx
      .selectFrom('sync_entities')
      .select(['entity', 'entity_id', 'space', 'owner_user_id', 'state'])
      .where('entity', 'in', kinds)
      .where('entity_id', 'in', part)
      .execute();
    for (const row of rows) {
      const h = held.get(entityKey(row.entity, row.entity_id));
      if (!h) continue;
      h.place = { space: row.space, owner_user_id: row.owner_user_id };
      h.stored = row.state;
    }
  }
  return held;
}

/** The held state, parsed once. */
export function currentState(h: HeldEntity): EntityState | null {
  if (h.state === null && h.stored !== null) h.state = JSON.parse(h.stored) as EntityState;
  return h.state;
}

/**
 * Writes back every changed entity: one upsert per chunk. An existing row keeps its owner
 * and gets its new state; a new row is created in this space with its creator as owner. A
 * new id that another space created concurrently still fails on the unique (entity,
 * entity_id) index, as a single insert would.
 */
export async function writeHeldEntities(trx: Tx, space: string, held: HeldEntities): Promise<void> {
  const rows = [...held.values()]
    .filter((h) => h.dirty)
    .map((h) => ({ space, entity: h.entity, entity_id: h.entityId, state: JSON.stringify(h.state), owner_user_id: h.place?.owner_user_id ?? null }));
  for (const part of chunks(rows, ROWS_PER_WRITE)) {
    await trx
      .insertInto('sync_entities')
      .values(part)
      .onConflict((oc) => oc.columns(['space', 'entity', 'entity_id']).doUpdateSet((eb) => ({ state: eb.ref('excluded.state') })))
      .execute();
  }
}
