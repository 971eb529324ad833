import type { CaseSummary } from '../../../core/model/case.js';
import { formatAgo } from '../../shared/relativeTime.js';
import { CASE_STATUS_LABEL } from './labels.js';
import { splitCases } from './selectors.js';

export function CasesPanel({ cases, now, repeatCaseId }: { cases: CaseSummary[]; now: number; repeatCaseId: string | null }) {
  const { open, closed } = splitCases(cases);
  return (
    <section className="panel" data-testid="cases" aria-labelledby="cases-title">
      <h3 id="cases-title" className="panel-title">
        Open cases <span className="panel-count">{open.length}</span>
      </h3>
      {open.length === 0 && <p className="empty">No open cases.</p>}
      <CaseRows cases={open} now={now} repeatCaseId={repeatCaseId} />
      {closed.length > 0 && (
        <>
          <h4 className="panel-subtitle">Recently closed</h4>
          <CaseRows cases={closed} now={now} repeatCaseId={repeatCaseId} />
        </>
      )}
    </section>
  );
}

function CaseRows({ cases, now, repeatCaseId }: { cases: CaseSummary[]; now: number; repeatCaseId: string | null }) {
  if (cases.length === 0) return null;
  return (
    <ul className="rows">
      {cases.map((c) => (
        <li key={c.id} className={c.id === repeatCaseId ? 'case is-repeat' : 'case'} data-testid="case" data-case-number={c.number}>
          <div className="row-line">
            <span className={`badge status-${c.status}`} data-testid="case-status">
              {CASE_STATUS_LABEL[c.status]}
            </span>
            <span className="case-subject">{c.subject}</span>
          </div>
          <div className="row-meta">
            <span className="mono case-number" data-testid="case-number">
              {c.number}
            </span>
            {c.category && <span>· {c.category}</span>}
            <span>· updated {formatAgo(c.updatedAt, now)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
