import { applyChange, type ChangeRecord, type Entity, type EntityState } from '../../core/sync/index.js';
import { receiveClock } from '../../db/tables/outbox.js';
import { readEntityState, saveEntityState, unprojectedEntities, writeMeta } from '../../db/tables/syncState.js';
import { writeTransaction, type ReadableDb } from '../../db/transaction.js';
import { PROJECTION_ORDER, projectEntity } from './project/index.js';

// Applying one pulled page (DESIGN.md, Sync, Pull: "applied locally in one transaction"):
// every change merges into its entity's synced state by core/sync's rules, the touched
// entities are projected into the domain tables, entities that waited for a parent get
// another go, the device clock takes in the newest stamp, and the cursor moves, all in one
// immediate transaction. A kill -9 leaves the page applied with its cursor, or neither; a
// page applied twice changes nothing (applyChange is idempotent).

export type PageOutcome = {
  /** Changes that entered a synced log (not already known). */
  fresh: number;
  /** Entities whose rows changed or were re-checked, for the UI to refresh. */
  touched: { entity: Entity; entityId: string }[];
  /** Entities still waiting for a row they point at, after this page. */
  waiting: number;
};

export function applyPulledPage(db: ReadableDb, changes: readonly ChangeRecord[], cursor: string | null, wallNow: number): PageOutcome {
  return writeTransaction(db, (w) => {
    const states = new Map<string, EntityState>();
    const key = (entity: Entity, id: string) => `${entity}\u0000${id}`;
    let fresh = 0;
    let newest: string | null = null;
    for (const change of changes) {
      const k = key(change.entity, change.entityId);
      const current = states.get(k) ?? readEntityState(w, change.entity, change.entityId);
      const { state } = applyChange(current, change);
      if (state.log.length !== (current?.log.length ?? 0)) fresh += 1;
      states.set(k, state);
      if (newest === null || change.hlc > newest) newest = change.hlc;
    }
    for (const state of states.values()) saveEntityState(w, state);
    if (newest !== null) receiveClock(w, newest, wallNow);

    const touched = [...states.values()].map((s) => ({ entity: s.entity, entityId: s.entityId }));
    const retry = unprojectedEntities(w).filter((u) => !states.has(key(u.entity, u.entityId)));
    const all = [...touched, ...retry];
    let waiting = 0;
    for (const entity of PROJECTION_ORDER) {
      for (const t of all) {
        if (t.entity === entity && projectEntity(w, t.entity, t.entityId) !== 'projected') waiting += 1;
      }
    }
    writeMeta(w, 'cursor', cursor);
    return { fresh, touched: all, waiting };
  });
}
