import type { CallView } from '../../../../core/api/schemas/call.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { formatTimeOfDay } from '../../../shared/formatDate.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { ABUSE_LINES } from '../choices.js';

/**
 * An abusive caller (DOMAIN.md): stay calm, offer a supervisor, warn once that the call will
 * end if it continues. Each is logged when the rep says it (S, W), with the line to say.
 */
export function AbuseDialog({ call }: { call: CallView }) {
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const scripts = useAppStore((s) => s.scripts);
  const offers = call.state.supervisorOffers;
  const warnings = call.state.abuseWarnings;
  const canIrate = call.state.script.id !== 'irate' && scripts.some((s) => s.id === 'irate');
  const act = (what: 's' | 'w' | 'i') => {
    if (what === 's') void record({ type: 'supervisor.offered' });
    else if (what === 'w') void record({ type: 'abuse.warned' });
    else if (canIrate) void record({ type: 'script.switched', scriptId: 'irate' });
  };
  return (
    <Dialog
      title="Abusive caller"
      testId="abuse-dialog"
      tone="danger"
      onClose={() => close()}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const k = e.key.toLowerCase();
        if (k === 's' || k === 'w' || k === 'i') {
          e.preventDefault();
          act(k);
        }
      }}
    >
      <p className="abuse-calm">Stay calm: it is about the problem, not about you. Keep your voice low and even.</p>
      <div className="abuse-step" data-autofocus="true" tabIndex={-1}>
        <div className="abuse-line">
          <kbd>S</kbd> <strong>Offer a supervisor</strong>
          {offers.length > 0 && <span className="badge status-resolved">offered {formatTimeOfDay(offers.at(-1) ?? 0)}</span>}
        </div>
        <p className="say">“{ABUSE_LINES.supervisor}”</p>
        <button type="button" className="button" data-testid="abuse-supervisor" onClick={() => act('s')}>
          I offered a supervisor
        </button>
      </div>
      <div className="abuse-step">
        <div className="abuse-line">
          <kbd>W</kbd> <strong>Warn once</strong>
          {warnings.length > 0 && (
            <span className="badge status-escalated" data-testid="abuse-warned">
              warned {formatTimeOfDay(warnings.at(-1) ?? 0)}
            </span>
          )}
        </div>
        <p className="say">“{ABUSE_LINES.warning}”</p>
        <button type="button" className="button button-danger" data-testid="abuse-warn" onClick={() => act('w')}>
          I gave the warning
        </button>
        {warnings.length > 0 && <p className="hint hint-warn">{ABUSE_LINES.after}</p>}
      </div>
      {canIrate && (
        <p className="muted">
          <kbd>I</kbd> switch to the irate-caller sequence
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => close()}>
          Back to the call <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
