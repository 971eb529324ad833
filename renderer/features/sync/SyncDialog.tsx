import { isTextField } from '../../app/shortcuts.js';
import { useAppStore } from '../../app/StoreContext.js';
import { Dialog } from '../../shared/ui/Dialog.js';
import { EnrolForm } from './EnrolForm.js';
import { RejectionsList } from './RejectionsList.js';
import { selectSyncOpen, selectSyncRejected, selectSyncStatus, selectSyncView } from './selectors.js';
import { SignOutConfirm } from './SignOutConfirm.js';
import { SyncDetails } from './SyncDetails.js';
import { needsEnrolment, STATE_HELP } from './syncWords.js';
import { useOldestAge } from './useOldestAge.js';

/**
 * The sync panel (Alt+U or a click on the pill). Not enrolled: the enrol form. Enrolled: the
 * desk's account and state, with O (work offline / resume), S (sync now) and X (sign out)
 * on keys, and the changes the server refused. Signed out or cloned: both, to enrol again.
 */
export function SyncDialog() {
  const open = useAppStore(selectSyncOpen);
  if (!open) return null;
  return <SyncPanel />;
}

function SyncPanel() {
  const status = useAppStore(selectSyncStatus);
  const view = useAppStore(selectSyncView);
  const rejected = useAppStore(selectSyncRejected);
  const close = useAppStore((s) => s.closeSync);
  const setView = useAppStore((s) => s.setSyncView);
  const setPaused = useAppStore((s) => s.setSyncPaused);
  const syncNow = useAppStore((s) => s.syncNow);
  const { now, oldestAgeMs } = useOldestAge(5_000);
  const enrolled = status !== null && status.state !== 'not_enrolled';
  const confirming = enrolled && view === 'confirmSignOut';

  return (
    <Dialog
      title={confirming ? 'Sign out of the server?' : 'Sync'}
      testId="sync-panel"
      tone={confirming ? 'danger' : 'normal'}
      wide
      onClose={() => (confirming ? setView('main') : close())}
      onKeyDown={(e) => {
        if (!status || !enrolled || confirming || e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
        const k = e.key.toLowerCase();
        if (k === 'o') {
          e.preventDefault();
          void setPaused(status.state !== 'paused');
        } else if (k === 's' && status.state !== 'paused') {
          e.preventDefault();
          void syncNow();
        } else if (k === 'x') {
          e.preventDefault();
          setView('confirmSignOut');
        }
      }}
    >
      {!status ? (
        <p className="muted">Reading this desk’s sync state…</p>
      ) : confirming ? (
        <SignOutConfirm status={status} />
      ) : (
        <>
          {enrolled ? (
            <SyncDetails status={status} now={now} oldestAgeMs={oldestAgeMs} />
          ) : (
            <p className="sync-state" data-testid="sync-state" data-state={status.state}>
              <strong>This desk is not connected to a server.</strong>
              <span className="sync-state-help">{STATE_HELP.not_enrolled}</span>
              {status.waiting > 0 && (
                <span className="sync-state-help" data-testid="sync-waiting">
                  {status.waiting} change{status.waiting === 1 ? '' : 's'} made here will be sent after enrolment.
                </span>
              )}
            </p>
          )}
          {needsEnrolment(status.state) && (
            <section className="sync-enrol" aria-label="Enrol this desk">
              {enrolled && <h3 className="panel-title">Enrol again</h3>}
              <EnrolForm status={status} />
            </section>
          )}
          <RejectionsList rejected={rejected} total={status.rejected} now={now} />
          <p className="muted sync-keys">
            {enrolled && (
              <>
                <kbd>O</kbd> work offline / resume · <kbd>S</kbd> sync now · <kbd>X</kbd> sign out ·{' '}
              </>
            )}
            <kbd>Esc</kbd> close
          </p>
        </>
      )}
    </Dialog>
  );
}
