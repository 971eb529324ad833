import { useAppStore } from '../../app/StoreContext.js';
import { useNow } from '../../app/useNow.js';
import { CallsPanel, CasesPanel, CommitmentsPanel, HandoversPanel, RepeatBanner } from '../history/index.js';
import { selectCallHistory } from './selectors.js';

/**
 * The caller's history stays in view during the call (DOMAIN.md: the caller must not repeat
 * their story): the same panels as the screen pop, compact, in a column of their own.
 */
export function HistorySide() {
  const history = useAppStore(selectCallHistory);
  const now = useNow();
  return (
    <aside className="call-side" aria-label="Caller history" data-testid="call-history">
      {!history ? (
        <p className="empty">Loading the caller’s history…</p>
      ) : (
        <>
          <HandoversPanel handovers={history.handovers} now={now} />
          {history.repeat && <RepeatBanner repeat={history.repeat} now={now} />}
          <CommitmentsPanel commitments={history.commitments} now={now} />
          <CasesPanel cases={history.cases} now={now} repeatCaseId={history.repeat?.caseId ?? null} />
          <CallsPanel calls={history.recentCalls} now={now} />
        </>
      )}
    </aside>
  );
}
