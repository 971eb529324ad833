import { applyChange, emptyState, type ChangeRecord, type Entity, type EntityState } from '../../../core/sync/index.js';
import { ownChangesFor } from '../../../db/tables/outbox.js';
import { clearUnprojected, markUnprojected, readEntityState } from '../../../db/tables/syncState.js';
import { writeTransaction, type ReadableDb, type WritableDb } from '../../../db/transaction.js';
import { projectCallLog } from './callLog.js';
import { NotYet } from './fields.js';
import { projectCommitment, projectNotes } from './notesAndPromises.js';
import { projectCase, projectCustomer } from './people.js';

// Projects an entity's merged state into the domain tables. The merged state is what the
// server accepted (sync_entities) plus this device's own changes it has not refused yet, so
// a pulled edit never hides a local one that is still on its way, and both sides of a
// concurrent edit end in the same rows once everything is exchanged.

type Projector = (w: WritableDb, state: EntityState) => void;

const PROJECTORS: Record<Entity, Projector> = {
  customer: projectCustomer,
  case: projectCase,
  call_event: projectCallLog,
  note: projectNotes,
  commitment: projectCommitment,
  // QA scores have no table on the desk yet; their merged state stays in sync_entities.
  score: () => undefined,
};

/** Parents before children, so one page projects in one pass when it holds both. */
export const PROJECTION_ORDER: readonly Entity[] = ['customer', 'case', 'call_event', 'note', 'commitment', 'score'];

export type ProjectionOutcome = 'projected' | 'waiting' | 'invalid';

/** The entity as this device should show it: pulled state with its own pending changes merged in. */
export function mergedState(db: ReadableDb, entity: Entity, entityId: string): EntityState {
  let state = readEntityState(db, entity, entityId) ?? emptyState(entity, entityId);
  for (const { createdAt: _createdAt, ...own } of ownChangesFor(db, entity, entityId)) {
    state = applyChange(state, own as ChangeRecord).state;
  }
  return state;
}

/**
 * Must run inside the pull's transaction. Each entity projects in its own savepoint: one
 * that cannot be projected yet (a parent row missing) or ever (a value this store cannot
 * hold) rolls back alone and is remembered in sync_unprojected, and the pull goes on.
 */
export function projectEntity(w: WritableDb, entity: Entity, entityId: string): ProjectionOutcome {
  const project = PROJECTORS[entity];
  try {
    // Nested in the pull's transaction, writeTransaction is a savepoint.
    writeTransaction(w, (savepoint) => project(savepoint, mergedState(savepoint, entity, entityId)));
    clearUnprojected(w, entity, entityId);
    return 'projected';
  } catch (error) {
    markUnprojected(w, entity, entityId);
    if (error instanceof NotYet) return 'waiting';
    console.warn(`[sync] ${entity} ${entityId} could not be projected; it stays in the synced state`, error instanceof Error ? error.message : error);
    return 'invalid';
  }
}
