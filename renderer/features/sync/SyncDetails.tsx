import { useEffect, useRef } from 'react';
import type { SyncStatus } from '../../../core/api/commands.js';
import { useAppStore } from '../../app/StoreContext.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { formatAgo } from '../../shared/relativeTime.js';
import { shortAge } from './pillText.js';
import { selectEnrolledJustNow, selectSyncActionError } from './selectors.js';
import { changes, needsEnrolment, ROLE_LABEL, STATE_HELP, STATE_TITLE } from './syncWords.js';
import { FormError } from '../../shared/ui/FormError.js';

/** An enrolled desk: who and where, what waits, when it last synced, and the three actions. */
export function SyncDetails({ status, now, oldestAgeMs }: { status: SyncStatus; now: number; oldestAgeMs: number | null }) {
  const justEnrolled = useAppStore(selectEnrolledJustNow);
  const actionError = useAppStore(selectSyncActionError);
  const setPaused = useAppStore((s) => s.setSyncPaused);
  const syncNow = useAppStore((s) => s.syncNow);
  const setView = useAppStore((s) => s.setSyncView);
  const firstRef = useRef<HTMLButtonElement>(null);
  const paused = status.state === 'paused';
  const canSync = !paused && !needsEnrolment(status.state) && status.state !== 'outdated';
  // Shown after an enrolment replaced the form: the keyboard comes here, not to nowhere.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) firstRef.current?.focus();
  }, []);

  return (
    <div className="sync-details" data-testid="sync-details">
      {justEnrolled && status.user && (
        <p className="sync-success" role="status" data-testid="enrol-success">
          Enrolled: this desk now syncs as <strong>{status.user.name}</strong>.
        </p>
      )}
      <div className={`sync-state sync-state-${status.state}`} data-testid="sync-state" data-state={status.state}>
        <p>
          <strong>{STATE_TITLE[status.state]}</strong>
          {status.busy && <span className="muted">{status.state === 'online' || status.state === 'connecting' ? ' · syncing now…' : ' · trying again now…'}</span>}
        </p>
        <p className="sync-state-help">{STATE_HELP[status.state]}</p>
      </div>
      <dl className="sync-facts">
        <div>
          <dt>Server</dt>
          <dd className="mono" data-testid="sync-server">
            {status.server}
          </dd>
        </div>
        {status.user && (
          <div>
            <dt>Signed in as</dt>
            <dd data-testid="sync-user">
              <strong>{status.user.name}</strong> · {ROLE_LABEL[status.user.role]}
              {status.user.team ? ` · team ${status.user.team}` : ''}
              {status.practice && <span className="practice-marker practice-inline">Practice desk</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>This desk</dt>
          <dd data-testid="sync-device">
            <strong>{status.device.name ?? 'unnamed'}</strong> <span className="mono muted">{status.device.id}</span>
          </dd>
        </div>
        <div>
          <dt>Waiting to send</dt>
          <dd data-testid="sync-waiting">
            {status.waiting === 0 ? 'Nothing: everything made here has reached the server.' : `${changes(status.waiting)}, the oldest made ${shortAge(oldestAgeMs ?? 0)} ago`}
          </dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd data-testid="sync-last">{status.lastSyncAt === null ? 'Not yet' : `${formatAgo(status.lastSyncAt, now)} · ${formatDateTime(status.lastSyncAt, now)}`}</dd>
        </div>
        {status.lastError && (
          <div>
            <dt>Last error</dt>
            <dd className="sync-error" data-testid="sync-last-error">
              {status.lastError.message} <span className="muted">({formatAgo(status.lastError.at, now)})</span>
            </dd>
          </div>
        )}
      </dl>
      <FormError message={actionError} testId="sync-action-error" />
      <div className="dialog-actions">
        <button
          ref={firstRef}
          type="button"
          className={paused ? 'button button-primary' : 'button'}
          aria-pressed={paused}
          data-testid="sync-pause-toggle"
          onClick={() => void setPaused(!paused)}
        >
          {paused ? 'Resume syncing' : 'Work offline'} <kbd>O</kbd>
        </button>
        <button type="button" className="button" data-testid="sync-now" disabled={!canSync} onClick={() => void syncNow()}>
          Sync now <kbd>S</kbd>
        </button>
        <button type="button" className="button" data-testid="sync-sign-out" onClick={() => setView('confirmSignOut')}>
          Sign out… <kbd>X</kbd>
        </button>
      </div>
    </div>
  );
}
