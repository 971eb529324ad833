import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { HOLD_PHRASES } from '../../../../core/call/holdPhrases.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { useFocusTarget } from '../../../app/useFocusTarget.js';
import { formatClock, formatSpan } from '../../../shared/duration.js';
import { holdNow, type HoldNow } from './holdNow.js';
import { selectCallPanel } from '../selectors.js';

/**
 * Holds on the call screen: the permission question and the caller's answer, the hold
 * itself with its timer (from the hold's start on the backend's clock, so a reload does
 * not restart it), and the figures for the call so far.
 */
export function HoldBar({ call, now }: { call: CallView; now: number }) {
  const panel = useAppStore(selectCallPanel);
  const hold = holdNow(call, now);
  return (
    <>
      {panel === 'holdNoPermission' && !hold.onHold ? (
        <NoPermissionConfirm />
      ) : hold.onHold ? (
        <OnHold hold={hold} />
      ) : hold.permission === 'asked' ? (
        <AskPermission />
      ) : hold.permission === 'granted' ? (
        <Granted />
      ) : hold.permission === 'declined' ? (
        <div className="holdbar holdbar-info" data-testid="hold-declined" role="status">
          <strong>The caller said no to a hold.</strong> Stay on the line and keep talking them through it.{' '}
          <span className="muted">
            Ask again: <kbd>Alt+H</kbd>
          </span>
        </div>
      ) : null}
      {hold.stats.count > 0 && <HoldStats hold={hold} />}
    </>
  );
}

/** Takes the keyboard, so the answer is one plain key: Y or N. */
function AskPermission() {
  const answer = useAppStore((s) => s.answerHoldPermission);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const ref = useRef<HTMLDivElement>(null);
  useFocusTarget('holdAsk', ref);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key.toLowerCase();
    if (k === 'y' || k === 'n') {
      e.preventDefault();
      void answer(k === 'y');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      requestFocus('notes');
    }
  };
  return (
    <div ref={ref} className="holdbar holdbar-ask" data-testid="hold-ask" tabIndex={-1} role="group" aria-label="Hold permission" onKeyDown={onKeyDown}>
      <div className="holdbar-say">
        <span className="holdbar-tag">Ask</span> “{HOLD_PHRASES.ask}”
      </div>
      <div className="holdbar-actions">
        <span className="holdbar-q">Caller’s answer:</span>
        <button type="button" className="button button-primary" data-testid="hold-yes" onClick={() => void answer(true)}>
          <kbd>Y</kbd> Yes: hold now
        </button>
        <button type="button" className="button" data-testid="hold-no" onClick={() => void answer(false)}>
          <kbd>N</kbd> No
        </button>
      </div>
    </div>
  );
}

function Granted() {
  const run = useAppStore((s) => s.runLiveAction);
  return (
    <div className="holdbar holdbar-ask" data-testid="hold-granted">
      <div className="holdbar-say">The caller agreed to a hold.</div>
      <button type="button" className="button button-primary" onClick={() => run({ kind: 'hold' })}>
        Start the hold <kbd>Alt+H</kbd>
      </button>
    </div>
  );
}

function NoPermissionConfirm() {
  const holdAnyway = useAppStore((s) => s.holdWithoutPermission);
  const close = useAppStore((s) => s.closePanel);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      className="holdbar holdbar-danger"
      data-testid="hold-no-permission"
      tabIndex={-1}
      role="alertdialog"
      aria-label="Hold without permission"
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void holdAnyway();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="holdbar-say">
        <strong>Hold without asking the caller?</strong> It is recorded as a hold without permission, for QA.
      </div>
      <div className="holdbar-actions">
        <button type="button" className="button button-danger" data-testid="hold-anyway" onClick={() => void holdAnyway()}>
          <kbd>Enter</kbd> Hold without permission
        </button>
        <button type="button" className="button" onClick={() => close()}>
          <kbd>Esc</kbd> Cancel
        </button>
      </div>
    </div>
  );
}

function OnHold({ hold }: { hold: HoldNow }) {
  const run = useAppStore((s) => s.runLiveAction);
  const due = hold.dueInMs;
  const next =
    due === null ? null : due > 0 ? (
      <span>
        Check in within <strong className="mono">{formatClock(due)}</strong>
      </span>
    ) : hold.prompt === 'escalated' ? (
      <strong className="hold-late-text">Check-in late by {formatClock(-due)}</strong>
    ) : (
      <strong>Check-in due now</strong>
    );
  return (
    <div className={`holdbar holdbar-on prompt-${hold.prompt}`} data-testid="hold-on" data-prompt={hold.prompt} role="group" aria-label="On hold">
      <div className="hold-timer">
        <span className="holdbar-tag">On hold</span>
        <span className="hold-clock mono" data-testid="hold-timer">
          {formatClock(hold.elapsedMs)}
        </span>
        {!hold.withPermission && (
          <span className="badge badge-noperm" data-testid="hold-without-permission">
            Without permission
          </span>
        )}
      </div>
      <div className="hold-next">{next}</div>
      <div className="holdbar-actions">
        <button type="button" className="button" data-testid="hold-checkin" onClick={() => run({ kind: 'checkin' })} title={HOLD_PHRASES.checkin}>
          Check in <kbd>Alt+C</kbd>
        </button>
        <button type="button" className="button button-primary" data-testid="hold-resume" onClick={() => run({ kind: 'hold' })}>
          Resume: “{HOLD_PHRASES.resume}” <kbd>Alt+H</kbd>
        </button>
      </div>
    </div>
  );
}

function HoldStats({ hold }: { hold: HoldNow }) {
  const s = hold.stats;
  return (
    <p className="holdstats" data-testid="hold-stats" aria-label="Holds on this call">
      <span>
        <span className="label">Holds</span> <strong data-testid="hold-count">{s.count}</strong>
      </span>
      <span>
        <span className="label">Total</span> <strong data-testid="hold-total">{formatSpan(s.totalMs)}</strong>
      </span>
      <span>
        <span className="label">Longest</span> <strong>{formatSpan(s.longestMs)}</strong>
      </span>
      <span>
        <span className="label">Check-ins</span>{' '}
        <strong data-testid="hold-checkins">
          {s.checkinsOnTime} on time, {s.checkinsLate} late
        </strong>
      </span>
      {s.withoutPermission > 0 && (
        <span className="holdstats-bad">
          <span className="label">Without permission</span> <strong>{s.withoutPermission}</strong>
        </span>
      )}
    </p>
  );
}
