import { HOLD_PHRASES } from '../../../../core/call/holdPhrases.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { formatClock } from '../../../shared/duration.js';
import { holdNow } from './holdNow.js';
import { selectCall } from '../selectors.js';
import { useCallNow } from '../useCallNow.js';

/**
 * The hold prompt, across the top of every screen while the caller waits: what to say and
 * the key to press. Due is amber; late is red, bigger, and pulses (unless the rep asked
 * for less motion): a caller left in silence is the worst moment of a call.
 */
export function HoldPromptBanner() {
  const call = useAppStore(selectCall);
  const run = useAppStore((s) => s.runLiveAction);
  const now = useCallNow(250);
  if (!call) return null;
  const hold = holdNow(call, now);
  if (!hold.onHold) return null;
  const name = call.customer.name;

  if (hold.prompt === 'escalated' || hold.prompt === 'due') {
    const late = hold.prompt === 'escalated';
    return (
      <div
        className={`banner holdprompt ${late ? 'holdprompt-late' : 'holdprompt-due'}`}
        role="alert"
        data-testid="hold-prompt"
        data-level={hold.prompt}
      >
        <div className="holdprompt-head">
          <span className="holdprompt-tag">{late ? 'Check-in late' : 'Check in now'}</span>
          <span>
            {name} has been on hold <strong className="mono">{formatClock(hold.elapsedMs)}</strong>
            {late && hold.dueInMs !== null && (
              <>
                {' '}
                · late by <strong className="mono">{formatClock(-hold.dueInMs)}</strong>
              </>
            )}
          </span>
        </div>
        <div className="holdprompt-say" data-testid="hold-prompt-phrase">
          Say: “{HOLD_PHRASES.checkin}”
        </div>
        <div className="holdprompt-keys">
          <button type="button" className="button" onClick={() => run({ kind: 'checkin' })}>
            I checked in <kbd>Alt+C</kbd>
          </button>
          <button type="button" className="button" onClick={() => run({ kind: 'hold' })}>
            Resume <kbd>Alt+H</kbd>
          </button>
          {hold.callback === 'offer' && (
            <button type="button" className="button" onClick={() => run({ kind: 'callback' })}>
              Offer a callback <kbd>Alt+B</kbd>
            </button>
          )}
        </div>
      </div>
    );
  }
  if (hold.callback === 'offer') {
    return (
      <div className="banner holdprompt holdprompt-callback" role="alert" data-testid="hold-prompt" data-level="callback">
        <div className="holdprompt-head">
          <span className="holdprompt-tag">Offer a callback</span>
          <span>
            {name} has waited <strong className="mono">{formatClock(hold.stats.totalMs)}</strong> on hold in total.
          </span>
        </div>
        <div className="holdprompt-say">Say: “{HOLD_PHRASES.callback}”</div>
        <div className="holdprompt-keys">
          <button type="button" className="button" onClick={() => run({ kind: 'callback' })}>
            Offer a callback <kbd>Alt+B</kbd>
          </button>
        </div>
      </div>
    );
  }
  return null;
}
