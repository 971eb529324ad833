import { useAppStore } from '../../app/StoreContext.js';
import { formatClock } from '../../shared/duration.js';
import { holdNow } from './hold/holdNow.js';
import { selectCall } from './selectors.js';
import { useCallNow } from './useCallNow.js';

/** The call goes on while the rep looks something up elsewhere: one line, one key back. */
export function ReturnToCall() {
  const call = useAppStore(selectCall);
  const screen = useAppStore((s) => s.screen);
  const showCall = useAppStore((s) => s.showCall);
  const now = useCallNow(1000);
  if (!call || screen.kind === 'call') return null;
  const hold = holdNow(call, now);
  return (
    <div className="banner returnbar" data-testid="return-to-call">
      <strong>Call in progress with {call.customer.name}</strong>
      {hold.onHold && <span>· on hold {formatClock(hold.elapsedMs)}</span>}
      <button type="button" className="button button-small" onClick={showCall}>
        Back to the call <kbd>Alt+N</kbd>
      </button>
    </div>
  );
}
