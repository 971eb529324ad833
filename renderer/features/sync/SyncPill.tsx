import { useAppStore } from '../../app/StoreContext.js';
import { deskChordLabel } from '../../app/deskShortcuts.js';
import { syncPill } from './pillText.js';
import { selectSyncStatus, selectUnreviewed } from './selectors.js';
import { useOldestAge } from './useOldestAge.js';

/**
 * Sync at a glance, always in the header: sent or not, how much waits and for how long,
 * what the server refused. A click or Alt+U opens the sync panel. A trainee's desk says it
 * holds practice data, so nobody mistakes it for the real floor.
 */
export function SyncPill() {
  const status = useAppStore(selectSyncStatus);
  const unreviewed = useAppStore(selectUnreviewed);
  const open = useAppStore((s) => s.openSync);
  const { now, oldestAgeMs } = useOldestAge();
  if (!status) return null;
  const pill = syncPill({ status, now, oldestAgeMs, unreviewed });
  const text = [pill.main, ...pill.extras].join(' · ');
  return (
    <>
      {status.practice && (
        <span className="practice-marker" data-testid="practice-marker" title="A trainee’s desk: practice data only, no real customers">
          Practice desk
        </span>
      )}
      <button
        type="button"
        className={`sync-pill sync-pill-${pill.tone}`}
        data-testid="sync-pill"
        data-state={status.state}
        data-tone={pill.tone}
        data-waiting={status.waiting}
        data-rejected={status.rejected}
        title={`Sync: ${text}. Open the sync panel (${deskChordLabel('sync')})`}
        aria-label={`Sync: ${text}. Open the sync panel`}
        onClick={open}
      >
        <span className="sync-dot" aria-hidden="true" />
        <span className="sync-text">
          <span className="sync-main" data-testid="sync-pill-main">
            {pill.main}
          </span>
          {pill.extras.map((extra) => (
            <span key={extra} className="sync-extra">
              {` · ${extra}`}
            </span>
          ))}
        </span>
      </button>
    </>
  );
}
