import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../core/model/limits.js';
import { useAppStore } from '../../app/StoreContext.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { KeyedChoices } from '../../shared/ui/KeyedChoices.js';
import type { DueItem } from './commitmentsSlice.js';
import { dueChoices, resolveDue, toLocalInput, type DueChoiceId } from './dueChoices.js';
import { selectDueActionError, selectDueDetail, selectDueMode } from './selectors.js';

const ACTION_LABEL = { made: 'Promised', rescheduled: 'Moved', done: 'Done', cancelled: 'Cancelled' } as const;

/** The highlighted promise: its history (every move kept), and the done / reschedule forms. */
export function DueDetail({ item, now }: { item: DueItem | null; now: number }) {
  const detail = useAppStore(selectDueDetail);
  const mode = useAppStore(selectDueMode);
  const actionError = useAppStore(selectDueActionError);
  if (!item) return <div className="duelist-detail" />;
  const history = detail?.commitment.id === item.id ? detail.changes : null;
  return (
    <div className="duelist-detail" data-testid="due-detail">
      <h3 className="duelist-what">{item.description}</h3>
      <p className="muted">
        {item.customerName} · owner {item.owner}
        {item.caseNumber ? ` · case ${item.caseNumber}` : ''}
      </p>
      {mode === 'list' && <DueActions item={item} />}
      {mode === 'confirmDone' && <ConfirmDone item={item} />}
      {mode === 'reschedule' && <Reschedule key={item.id} item={item} now={now} />}
      {actionError && (
        <p className="form-error" role="alert" data-testid="due-action-error">
          {actionError}
        </p>
      )}
      <h4 className="panel-subtitle">History</h4>
      {history === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ol className="due-history" data-testid="due-history">
          {history.map((h, i) => (
            <li key={i}>
              <strong>{ACTION_LABEL[h.action]}</strong> {formatDateTime(h.at, now)} by {h.by}
              {h.action !== 'done' && h.action !== 'cancelled' && <> · due {formatDateTime(h.dueAt, now)}</>}
              {h.reason && <span className="muted"> · “{h.reason}”</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function ConfirmDone({ item }: { item: DueItem }) {
  const complete = useAppStore((s) => s.completeDue);
  const setMode = useAppStore((s) => s.setDueMode);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="due-form"
      tabIndex={-1}
      ref={ref}
      data-testid="due-confirm-done"
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.stopPropagation();
          void complete(item.id);
        }
      }}
    >
      <p>
        <strong>Mark it done?</strong> Done is final: a kept promise cannot be reopened.
      </p>
      <button type="button" className="button button-primary" onClick={() => void complete(item.id)}>
        Done <kbd>Enter</kbd>
      </button>{' '}
      <button type="button" className="button" onClick={() => setMode('list')}>
        Cancel <kbd>Esc</kbd>
      </button>
    </div>
  );
}

function Reschedule({ item, now }: { item: DueItem; now: number }) {
  const reschedule = useAppStore((s) => s.rescheduleDue);
  const callNow = useAppStore((s) => s.now);
  const [choice, setChoice] = useState<DueChoiceId | null>(null);
  const [custom, setCustom] = useState(() => toLocalInput(Math.max(now, item.dueAt) + 3600_000));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('[role="radiogroup"]')?.focus(), []);
  const submit = () => {
    if (!choice) return setProblem('Pick the new due time (1 to 5).');
    const due = resolveDue({ choice, custom }, callNow());
    if (!due.ok) return setProblem(due.message);
    void reschedule(item.id, due.dueAt, reason);
  };
  return (
    <div
      className="due-form"
      data-testid="due-reschedule"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'BUTTON') {
          e.preventDefault();
          e.stopPropagation();
          submit();
        }
      }}
    >
      <KeyedChoices
        name="resched"
        label="New due time"
        layout="column"
        testId="reschedule-due"
        choices={dueChoices(now).map((c) => ({ id: c.id, key: String(c.key), label: c.label, hint: c.dueAt ? formatDateTime(c.dueAt, now) : 'type it below' }))}
        value={choice}
        onChange={(id) => {
          setChoice(id);
          setProblem(null);
        }}
        onEnter={submit}
      />
      {choice === 'custom' && (
        <input className="input" type="datetime-local" aria-label="New due time" value={custom} onChange={(e) => setCustom(e.target.value)} />
      )}
      <label className="field-label" htmlFor="resched-reason">
        Why it moves (the caller will ask)
      </label>
      <input
        id="resched-reason"
        className="input"
        data-testid="reschedule-reason"
        maxLength={LIMITS.summary}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button button-primary" data-testid="reschedule-save" onClick={submit}>
        Reschedule <kbd>Enter</kbd>
      </button>
    </div>
  );
}

function DueActions({ item }: { item: DueItem }) {
  const setMode = useAppStore((s) => s.setDueMode);
  const close = useAppStore((s) => s.closeDue);
  const openCustomer = useAppStore((s) => s.openCustomer);
  return (
    <div className="dialog-actions">
      <button type="button" className="button" data-testid="due-done" onClick={() => setMode('confirmDone')}>
        Done <kbd>D</kbd>
      </button>
      <button type="button" className="button" data-testid="due-reschedule-button" onClick={() => setMode('reschedule')}>
        Reschedule <kbd>R</kbd>
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          close();
          void openCustomer(item.customerId, null);
        }}
      >
        Open the customer <kbd>O</kbd>
      </button>
    </div>
  );
}
