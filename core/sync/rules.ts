import type { JsonValue } from './json.js';

// Which kinds of change each entity takes, and what their fields must hold. One table, read
// by the change schema (to refuse a malformed record at the wire) and by applyChange (so a
// record built in-process is held to the same rules).

export const ENTITIES = ['customer', 'case', 'call_event', 'note', 'commitment', 'score'] as const;
export type Entity = (typeof ENTITIES)[number];

export const CHANGE_KINDS = ['set', 'append', 'terminal'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * - customer, case: mutable fields, last writer wins per field ('set').
 * - call_event: the call's immutable log, one entity per call ('append' one event, keyed by
 *   its id); 'terminal' finalizes the call record, which freezes the log.
 * - note: a case's notes, one entity per case ('append').
 * - score: a call's QA score revisions, one entity per scored call ('append'); a new
 *   revision is a new row, never an edit.
 * - commitment: mutable fields (due time, owner, description: 'set'); done or cancelled is
 *   'terminal' and beats any reschedule stamped after it.
 */
export const KINDS_BY_ENTITY: Readonly<Record<Entity, readonly ChangeKind[]>> = {
  customer: ['set'],
  case: ['set'],
  call_event: ['append', 'terminal'],
  note: ['append'],
  score: ['append'],
  commitment: ['set', 'terminal'],
};

export const TERMINAL_COMMITMENT_STATUSES = ['done', 'cancelled'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Shape = { kind: ChangeKind; entity: Entity; fields: Record<string, JsonValue> };

/** Why this kind/entity/fields combination is not a valid change, or null if it is. */
export function changeShapeProblem({ kind, entity, fields }: Shape): string | null {
  if (!KINDS_BY_ENTITY[entity].includes(kind)) {
    return `${entity} does not take '${kind}' changes (only ${KINDS_BY_ENTITY[entity].join(', ')})`;
  }
  const names = Object.keys(fields);
  switch (kind) {
    case 'set':
      if (names.length === 0) return `a 'set' change must write at least one field`;
      // A commitment leaves 'open' only through a terminal change, so a concurrent set can
      // never quietly reopen it.
      if (entity === 'commitment' && names.includes('status')) return `a commitment's status changes only through a 'terminal' change`;
      return null;
    case 'append': {
      const id = fields.id;
      if (typeof id !== 'string' || !UUID.test(id)) return `an 'append' change must carry the row's uuid in fields.id`;
      return null;
    }
    case 'terminal':
      if (entity === 'commitment') {
        const status = fields.status;
        const ok = names.length === 1 && (TERMINAL_COMMITMENT_STATUSES as readonly JsonValue[]).includes(status ?? null);
        return ok ? null : `a commitment's 'terminal' change is exactly { status: 'done' | 'cancelled' }`;
      }
      // call_event: finalizing carries nothing; the stamp is what freezes the log.
      return names.length === 0 ? null : `finalizing a call carries no fields`;
  }
}
