import type { Kysely } from 'kysely';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { Role, UserSummary } from '../../core/sync/enrolment.js';
import type { Entity } from '../../core/sync/rules.js';
import type { ServerDatabase, SyncEntitiesTable } from '../db/schema.js';

// Who may write and read what, checked by the server for every change and every row
// (DESIGN.md, Sync; issue 4). Everything hangs on spaces: a space is one version counter,
// one pull stream and the home of every entity written into it. Each entity id lives in
// exactly one space (unique index, migration 0030), and a user reads exactly one space.
//
// The practice marker: a trainee's space is `practice:<team>`, never its team's. So
// everything a trainee writes is practice data by construction, whatever the change says,
// and a trainee pulls only practice data: it never sees a real customer, and nothing it
// writes reaches a real one. Real team names that could be read as a practice space are
// escaped (teamSpace), so no team name can open a practice space or another team's space.
//
// Writes, per role (a refusal is stored as 'rejected' with its reason and still advances
// the device; its author sees it in the push answer, and pull never serves it):
// - rep: customer, case, note, commitment of its space; call_event only on its own calls
//   (a call belongs to the user whose change created it); never score.
// - admin: as rep, and also other users' calls of its space (corrections).
// - trainee: as rep, into its practice space.
// - qa: score only, and only on a call held by its own team's space: QA reads call
//   content and scores it, never writes it.
// - nobody: an id, or the case of a note or the call of a score, held by another space.

const PRACTICE = 'practice:';

/** A team's real space: its name, escaped where it could pass for a practice space. */
function teamSpace(team: string): string {
  return team.startsWith(PRACTICE) || team.startsWith('~') ? `~${team}` : team;
}

/** The one space a user writes into and pulls from. A user without a team (an admin) uses ''. */
export function spaceOf(user: UserSummary): string {
  const team = user.team ?? '';
  return user.role === 'trainee' ? `${PRACTICE}${team}` : teamSpace(team);
}

export function isPracticeSpace(space: string): boolean {
  return space.startsWith(PRACTICE);
}

/** Where an entity row lives and who created it: what the rules need of the current row. */
export type EntityPlace = Pick<SyncEntitiesTable, 'space' | 'owner_user_id'>;

/** The entity a change's entityId also names: a note's case, a score's call. */
const PARENT: Partial<Record<Entity, Entity>> = { note: 'case', score: 'call_event' };

const LABEL: Record<Entity, string> = { customer: 'customer', case: 'case', call_event: 'call', note: 'notes of case', commitment: 'commitment', score: 'score of call' };

/**
 * Why this user may not make this change, or null when it may.
 * `current` is the change's entity row found by (entity, entityId) in any space, or null
 * when no space holds it yet; `space` is spaceOf(user). One indexed lookup more, for a
 * note's case or a score's call.
 */
export async function writeRefusal(db: Kysely<ServerDatabase>, space: string, user: UserSummary, change: ChangeRecord, current: EntityPlace | null): Promise<string | null> {
  const byRole = roleRefusal(user.role, change.entity);
  if (byRole) return byRole;
  const elsewhere = placeRefusal(space, change.entity, change.entityId, current);
  if (elsewhere) return elsewhere;

  const parent = PARENT[change.entity];
  if (parent) {
    const parentPlace = await placeOf(db, parent, change.entityId);
    const parentElsewhere = placeRefusal(space, parent, change.entityId, parentPlace);
    if (parentElsewhere) return parentElsewhere;
    // A score is about a call the QA supervisor has read: one its team holds.
    if (change.entity === 'score' && parentPlace === null) return `forbidden: no call ${change.entityId} in your team to score`;
  }

  if (change.entity === 'call_event' && current !== null && current.owner_user_id !== user.id && user.role !== 'admin') {
    return `forbidden: call ${change.entityId} belongs to another rep`;
  }
  return null;
}

function roleRefusal(role: Role, entity: Entity): string | null {
  switch (role) {
    case 'qa':
      return entity === 'score' ? null : 'forbidden: qa writes scores, never call content';
    case 'rep':
    case 'admin':
    case 'trainee':
      return entity === 'score' ? 'forbidden: only QA writes scores' : null;
  }
}

function placeRefusal(space: string, entity: Entity, id: string, place: EntityPlace | null): string | null {
  if (place === null || place.space === space) return null;
  const what = `${LABEL[entity]} ${id}`;
  if (isPracticeSpace(space) && !isPracticeSpace(place.space)) return `forbidden: a trainee writes practice data only; ${what} is real data`;
  if (!isPracticeSpace(space) && isPracticeSpace(place.space)) return `forbidden: ${what} is a trainee's practice data`;
  return `forbidden: ${what} belongs to another team`;
}

async function placeOf(db: Kysely<ServerDatabase>, entity: Entity, id: string): Promise<EntityPlace | null> {
  const row = await db.selectFrom('sync_entities').select(['space', 'owner_user_id']).where('entity', '=', entity).where('entity_id', '=', id).executeTakeFirst();
  return row ?? null;
}
