import type { CaseSummary } from '../../../../core/model/case.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { formatAgo } from '../../../shared/relativeTime.js';
import { CaseConflictNote } from '../caseEdit/CaseConflictNote.js';
import { CASE_STATUS_LABEL } from '../../../shared/labels.js';

/** One case of the caller: status, subject, number; its concurrent edits; the way to edit it. */
export function CaseRow({ c, now, isRepeat }: { c: CaseSummary; now: number; isRepeat: boolean }) {
  const active = useAppStore((s) => s.caseActive === c.id);
  const conflicts = useAppStore((s) => s.caseConflicts[c.id]);
  const edit = useAppStore((s) => s.openCaseEdit);
  const classes = ['case', isRepeat ? 'is-repeat' : '', active ? 'is-active' : '', conflicts?.length ? 'has-conflict' : ''].filter(Boolean).join(' ');
  return (
    <li
      id={`case-${c.id}`}
      className={classes}
      role="option"
      aria-selected={active}
      data-testid="case"
      data-case-id={c.id}
      data-case-number={c.number}
    >
      <div className="row-line">
        <span className={`badge status-${c.status}`} data-testid="case-status">
          {CASE_STATUS_LABEL[c.status]}
        </span>
        <span className="case-subject" data-testid="case-subject">
          {c.subject}
        </span>
        <button type="button" className="button-quiet case-edit" data-testid="case-edit" tabIndex={-1} onClick={() => edit(c.id)}>
          Edit
        </button>
      </div>
      <div className="row-meta">
        <span className="mono case-number" data-testid="case-number">
          {c.number}
        </span>
        {c.category && <span>· {c.category}</span>}
        <span>· updated {formatAgo(c.updatedAt, now)}</span>
      </div>
      <CaseConflictNote conflicts={conflicts} now={now} />
    </li>
  );
}
