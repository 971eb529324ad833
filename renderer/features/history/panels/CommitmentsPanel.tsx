import type { CommitmentView } from '../../../../core/model/commitment.js';
import { formatDateTime } from '../../../shared/formatDate.js';
import { formatDue } from '../../../shared/relativeTime.js';
import { openCommitments } from '../selectors.js';

/** What we promised this caller. A broken promise is the fastest way to an angry call. */
export function CommitmentsPanel({ commitments, now }: { commitments: CommitmentView[]; now: number }) {
  const open = openCommitments(commitments);
  return (
    <section className="panel" data-testid="commitments" aria-labelledby="commitments-title">
      <h3 id="commitments-title" className="panel-title">
        Promises to keep <span className="panel-count">{open.length}</span>
      </h3>
      {open.length === 0 ? (
        <p className="empty">No open promises to this customer.</p>
      ) : (
        <ul className="rows">
          {open.map((c) => (
            <li
              key={c.id}
              className={c.overdue ? 'commitment is-overdue' : 'commitment'}
              data-testid="commitment"
              data-overdue={c.overdue ? 'true' : 'false'}
            >
              <div className="row-line">
                {c.overdue && <span className="badge badge-overdue">Overdue</span>}
                <span className="commitment-what">{c.description}</span>
              </div>
              <div className="row-meta">
                <span className={c.overdue ? 'due is-overdue' : 'due'}>{formatDue(c.dueAt, now)}</span>
                <span>· {formatDateTime(c.dueAt, now)}</span>
                <span>· {c.owner}</span>
                {c.caseNumber && <span className="mono">· {c.caseNumber}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
