import { useRef } from 'react';
import type { CustomerHistory } from '../../../core/model/history.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { useNow } from '../../app/useNow.js';
import { CallsPanel } from './panels/CallsPanel.js';
import { CasesPanel } from './panels/CasesPanel.js';
import { CommitmentsPanel } from './panels/CommitmentsPanel.js';
import { CustomerHeader } from './CustomerHeader.js';
import { HandoversPanel } from './panels/HandoversPanel.js';
import { RepeatBanner } from './panels/RepeatBanner.js';

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
      <HandoversPanel handovers={history.handovers} now={now} />
      {history.repeat && <RepeatBanner repeat={history.repeat} now={now} />}
      <CustomerHeader history={history} number={number} action={<StartCallBar customerId={history.customer.id} />} />
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

/** How the call starts from here (Alt+S), and a word that the last call was saved. */
function StartCallBar({ customerId }: { customerId: string }) {
  const run = useAppStore((s) => s.runLiveAction);
  const live = useAppStore((s) => s.call);
  const lastEnded = useAppStore((s) => s.lastEnded);
  const saved = lastEnded && !live && lastEnded.customerId === customerId ? lastEnded : null;
  if (live && live.customer.id !== customerId) {
    return (
      <div className="startbar" data-testid="start-bar">
        <span>
          A call with <strong>{live.customer.name}</strong> is still open.
        </span>
        <button type="button" className="button" onClick={() => run({ kind: 'startCall' })}>
          Back to that call <kbd>Alt+S</kbd>
        </button>
      </div>
    );
  }
  return (
    <div className="startbar" data-testid="start-bar">
      <button type="button" className="button button-primary" data-testid="start-call-button" onClick={() => run({ kind: 'startCall' })}>
        {live ? 'Back to the call' : 'Start the call'} <kbd>Alt+S</kbd>
      </button>
      {saved && (
        <span className="startbar-saved" role="status" data-testid="call-saved">
          Call with {saved.customerName} saved: it is now in the history below.
        </span>
      )}
    </div>
  );
}
