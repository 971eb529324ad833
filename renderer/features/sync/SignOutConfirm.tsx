import { useEffect, useRef } from 'react';
import type { SyncStatus } from '../../../core/api/commands.js';
import { useAppStore } from '../../app/StoreContext.js';
import { selectSyncActionError } from './selectors.js';
import { changes } from './syncWords.js';
import { FormError } from '../../shared/ui/FormError.js';

/**
 * Signing out forgets this desk's token. Work not yet sent is not lost, but it stays on
 * this computer until someone enrols it again: say so before, not after.
 */
export function SignOutConfirm({ status }: { status: SyncStatus }) {
  const signOut = useAppStore((s) => s.signOut);
  const setView = useAppStore((s) => s.setSyncView);
  const actionError = useAppStore(selectSyncActionError);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="sync-confirm" data-testid="sign-out-confirm">
      <p>
        Sign this desk out of <span className="mono">{status.server}</span>? It stops sending and receiving; everything
        on it stays here.
      </p>
      {status.waiting > 0 && (
        <p className="sync-warning" role="alert" data-testid="sign-out-waiting">
          <strong>{changes(status.waiting)} not sent yet.</strong> They stay on this desk and are sent after the next
          enrolment. Do not wipe or reinstall this computer until then.
        </p>
      )}
      <FormError message={actionError} testId="sign-out-error" />
      <div className="dialog-actions">
        <button ref={confirmRef} type="button" className="button button-danger" data-testid="sign-out-confirm-button" onClick={() => void signOut()}>
          Sign out <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => setView('main')}>
          Keep syncing <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
