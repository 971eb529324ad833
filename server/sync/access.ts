import type { UserSummary } from '../../core/sync/enrolment.js';
import type { Entity } from '../../core/sync/rules.js';

// Who may write and read what, checked by the server for every change (DESIGN.md, Sync).
// Minimal for now, and deliberately conservative:
// - a space is the user's team; a user without a team (an admin) uses the space ''.
// - rep and admin may write every entity of their space;
// - qa may write only 'score' (QA score revisions), and reads all of its team's space;
// - trainee may write nothing and reads nothing real: there is no practice marker in the
//   change schema yet (core/sync), so nothing a trainee writes can be told apart from real
//   customer data. Once practice entities exist, trainees write and read only those.

export function spaceOf(user: UserSummary): string {
  return user.team ?? '';
}

/** Why this user may not write this entity, or null when allowed. */
export function writeForbidden(user: UserSummary, entity: Entity): string | null {
  switch (user.role) {
    case 'rep':
    case 'admin':
      return null;
    case 'qa':
      return entity === 'score' ? null : `forbidden: qa may only write score, not ${entity}`;
    case 'trainee':
      return `forbidden: trainee may not write ${entity} (practice data only)`;
  }
}

export function mayReadSpace(user: UserSummary): boolean {
  return user.role !== 'trainee';
}
