import { useAppStore } from '../../app/StoreContext.js';
import { CallHeader } from './CallHeader.js';
import { CallToolbar } from './CallToolbar.js';
import { ClosingPanel } from './closing/ClosingPanel.js';
import { HandoverPanel } from './handover/HandoverPanel.js';
import { HistorySide } from './HistorySide.js';
import { HoldBar } from './hold/HoldBar.js';
import { NotesPanel } from './notes/NotesPanel.js';
import { ScriptPanel } from './script/ScriptPanel.js';
import { selectCall, selectCallError } from './selectors.js';
import { useCallNow } from './useCallNow.js';

/**
 * The live call: who and which case across the top, then the actions with their keys,
 * holds, and three columns: the caller's history, the method, and notes with the closing
 * checklist. Everything shown comes from the backend's CallView.
 */
export function CallScreen() {
  const call = useAppStore(selectCall);
  const error = useAppStore(selectCallError);
  const dismiss = useAppStore((s) => s.dismissCallError);
  const now = useCallNow(call?.state.phase === 'on_hold' ? 250 : 1000);
  if (!call) {
    return (
      <div className="state" data-testid="screen-call-none">
        <h2>No call open</h2>
        <p>Look up the caller (F2) and start the call with Alt+S.</p>
      </div>
    );
  }
  return (
    <article className="callscreen" data-testid="call-screen" data-call-id={call.callId} aria-labelledby="call-customer-name">
      <CallHeader call={call} />
      <CallToolbar call={call} now={now} />
      {error && (
        <div className="callerror" role="alert" data-testid="call-error">
          <strong>Not saved:</strong> {error.message}
          <button type="button" className="button button-small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
      <HoldBar call={call} now={now} />
      <div className="callgrid">
        <HistorySide />
        <div className="callcol">
          <ScriptPanel call={call} />
          <HandoverPanel call={call} />
        </div>
        <div className="callcol">
          <NotesPanel key={call.callId} call={call} />
          <ClosingPanel call={call} now={now} />
        </div>
      </div>
    </article>
  );
}
