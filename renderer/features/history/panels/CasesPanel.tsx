import type { CaseSummary } from '../../../../core/model/case.js';
import { deskChordLabel } from '../../../app/deskShortcuts.js';
import { CaseList } from './CaseList.js';
import { CaseRow } from './CaseRow.js';
import { splitCases } from '../selectors.js';

export function CasesPanel({ cases, now, repeatCaseId }: { cases: CaseSummary[]; now: number; repeatCaseId: string | null }) {
  const { open, closed } = splitCases(cases);
  return (
    <section className="panel" data-testid="cases" aria-labelledby="cases-title">
      <h3 id="cases-title" className="panel-title">
        Open cases <span className="panel-count">{open.length}</span>
        {cases.length > 0 && (
          <span className="panel-hint">
            <kbd>{deskChordLabel('cases')}</kbd> edit
          </span>
        )}
      </h3>
      <CaseList cases={cases}>
        {open.length === 0 && <p className="empty">No open cases.</p>}
        <CaseRows cases={open} now={now} repeatCaseId={repeatCaseId} />
        {closed.length > 0 && (
          <>
            <h4 className="panel-subtitle">Recently closed</h4>
            <CaseRows cases={closed} now={now} repeatCaseId={repeatCaseId} />
          </>
        )}
      </CaseList>
    </section>
  );
}

function CaseRows({ cases, now, repeatCaseId }: { cases: CaseSummary[]; now: number; repeatCaseId: string | null }) {
  if (cases.length === 0) return null;
  return (
    <ul className="rows" role="presentation">
      {cases.map((c) => (
        <CaseRow key={c.id} c={c} now={now} isRepeat={c.id === repeatCaseId} />
      ))}
    </ul>
  );
}
