import type { RejectedChangeView } from '../../../core/api/commands.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { formatAgo } from '../../shared/relativeTime.js';

/**
 * Changes the server refused (a role that may not write this, a case held by another team):
 * never dropped silently. Each says what it was, in words the rep recognises, and why.
 */
export function RejectionsList({ rejected, total, now }: { rejected: readonly RejectedChangeView[]; total: number; now: number }) {
  if (total === 0) return null;
  return (
    <section className="sync-rejections" data-testid="sync-rejections" aria-labelledby="sync-rejections-title">
      <h3 id="sync-rejections-title" className="panel-title">
        Refused by the server <span className="panel-count">{total}</span>
      </h3>
      <p className="muted">
        These changes stay on this desk but did not reach the team. Tell your team lead if one of them matters.
      </p>
      <ul className="rows">
        {rejected.map((r) => (
          <li key={r.seq} className="sync-rejection" data-testid="sync-rejection">
            <div className="row-line">
              <strong data-testid="sync-rejection-summary">{r.summary}</strong>
            </div>
            <div className="sync-rejection-reason" data-testid="sync-rejection-reason">
              {r.reason}
            </div>
            <div className="row-meta">
              <span>refused {formatAgo(r.rejectedAt, now)}</span>
              <span>· made {formatDateTime(r.madeAt, now)}</span>
            </div>
          </li>
        ))}
      </ul>
      {rejected.length < total && <p className="muted">The {rejected.length} latest of {total} are shown.</p>}
    </section>
  );
}
