import { useAppStore } from '../../app/StoreContext.js';
import { selectDueAlerts } from './selectors.js';

/** A promise fell due (the backend's `commitment.due`): keep it, even if only to give an update. */
export function DueBanner() {
  const alerts = useAppStore(selectDueAlerts);
  const openDue = useAppStore((s) => s.openDue);
  const dismiss = useAppStore((s) => s.dismissDueAlert);
  if (alerts.length === 0) return null;
  const latest = alerts.at(-1)!;
  return (
    <div className="banner duebanner" role="alert" data-testid="due-banner">
      <span className="duebanner-tag">Promise due now</span>
      <span>
        <strong>{latest.customerName}</strong>: {latest.description} <span className="muted-on-color">({latest.owner})</span>
        {alerts.length > 1 && <span> · and {alerts.length - 1} more</span>}
      </span>
      <span className="duebanner-actions">
        <button type="button" className="button button-small" onClick={() => void openDue()}>
          Open the list <kbd>Alt+D</kbd>
        </button>
        <button type="button" className="button button-small" onClick={() => dismiss(latest.id)}>
          Later
        </button>
      </span>
    </div>
  );
}
