import { callCustomerId } from '../tables/calls.js';
import { caseCustomerId } from '../tables/cases.js';
import { commitmentCustomerId } from '../tables/commitments.js';
import type { ReadableDb } from '../transaction.js';

/**
 * The customer a synced entity's rows belong to, so the desk can refresh that customer's
 * screen after a pull. A note entity is keyed by its case (or by its call when it has none);
 * a call's log and its scores by the call.
 */
export function customerOfEntity(db: ReadableDb, entity: string, entityId: string): string | null {
  switch (entity) {
    case 'customer':
      return entityId;
    case 'case':
      return caseCustomerId(db, entityId);
    case 'call_event':
    case 'score':
      return callCustomerId(db, entityId);
    case 'note':
      return caseCustomerId(db, entityId) ?? callCustomerId(db, entityId);
    case 'commitment':
      return commitmentCustomerId(db, entityId);
    default:
      return null;
  }
}
