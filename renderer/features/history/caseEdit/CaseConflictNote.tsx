import type { CaseConflict } from '../../../../core/api/commands.js';
import { conflictText } from './conflictText.js';

/** Under a case: the fields two desks edited at once, the kept value and the other ones. */
export function CaseConflictNote({ conflicts, now }: { conflicts: readonly CaseConflict[] | undefined; now: number }) {
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <div className="case-conflict" data-testid="case-conflict" role="note">
      <span className="case-conflict-tag">Edited on two desks at once:</span>{' '}
      {conflicts.map((c, i) => (
        <span key={c.field} data-testid="case-conflict-field" data-field={c.field}>
          {i > 0 ? ' · ' : ''}
          {conflictText(c, now)}
        </span>
      ))}
    </div>
  );
}
