import { useRef } from 'react';
import type { CustomerHistory } from '../../../core/model/history.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { useNow } from '../../app/useNow.js';
import { CallsPanel } from './CallsPanel.js';
import { CasesPanel } from './CasesPanel.js';
import { CommitmentsPanel } from './CommitmentsPanel.js';
import { CustomerHeader } from './CustomerHeader.js';
import { RepeatBanner } from './RepeatBanner.js';

/**
 * Everything about the caller on one screen, in the order a rep needs it: is this a repeat,
 * who is it, what did we promise, what is open, what happened on the last calls.
 */
export function HistoryScreen({ history, number }: { history: CustomerHistory; number: PoppedNumber | null }) {
  const now = useNow();
  const ref = useRef<HTMLElement>(null);
  useFocusTarget('history', ref);
  return (
    <article
      ref={ref}
      className="history"
      data-testid="history"
      data-customer-id={history.customer.id}
      tabIndex={-1}
      aria-labelledby="customer-name"
    >
      {history.repeat && <RepeatBanner repeat={history.repeat} now={now} />}
      <CustomerHeader history={history} number={number} />
      <div className="history-grid">
        <div className="history-col">
          <CommitmentsPanel commitments={history.commitments} now={now} />
          <CasesPanel cases={history.cases} now={now} repeatCaseId={history.repeat?.caseId ?? null} />
        </div>
        <div className="history-col history-col-wide">
          <CallsPanel calls={history.recentCalls} now={now} />
        </div>
      </div>
    </article>
  );
}
