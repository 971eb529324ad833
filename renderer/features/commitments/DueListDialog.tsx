import { useEffect, useRef } from 'react';
import { isTextField } from '../../app/shortcuts.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useNow } from '../../app/useNow.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { formatDue } from '../../shared/relativeTime.js';
import { Dialog } from '../../shared/ui/Dialog.js';
import { DueDetail } from './DueDetail.js';
import {
  selectDueActive,
  selectDueError,
  selectDueItems,
  selectDueMode,
  selectDueOpen,
  selectDueStatus,
} from './selectors.js';

/**
 * The rep's callback list, from anywhere (Alt+D): promises due today and overdue, overdue
 * first. ↑/↓ move; D marks done (Enter confirms: done is final), R reschedules with a
 * reason (the history keeps every move), O opens the customer to call them.
 */
export function DueListDialog() {
  const open = useAppStore(selectDueOpen);
  const items = useAppStore(selectDueItems);
  const status = useAppStore(selectDueStatus);
  const error = useAppStore(selectDueError);
  const active = useAppStore(selectDueActive);
  const mode = useAppStore(selectDueMode);
  const close = useAppStore((s) => s.closeDue);
  const move = useAppStore((s) => s.moveDue);
  const setActive = useAppStore((s) => s.setDueActive);
  const setMode = useAppStore((s) => s.setDueMode);
  const openCustomer = useAppStore((s) => s.openCustomer);
  const now = useNow(15_000);
  const listRef = useRef<HTMLDivElement>(null);
  // Back from a form (done, rescheduled, cancelled): the keyboard returns to the list.
  useEffect(() => {
    if (open && mode === 'list' && !listRef.current?.contains(document.activeElement)) listRef.current?.focus();
  }, [open, mode]);
  if (!open) return null;
  const item = items[active] ?? null;

  return (
    <Dialog
      title={
        <>
          Promises due <span className="panel-count">{items.length}</span>
        </>
      }
      testId="due-list"
      wide
      onClose={() => (mode === 'list' ? close() : setMode('list'))}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target) || mode !== 'list') return;
        const k = e.key.toLowerCase();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          move(e.key === 'ArrowDown' ? 1 : -1);
        } else if (item && k === 'd') {
          e.preventDefault();
          setMode('confirmDone');
        } else if (item && k === 'r') {
          e.preventDefault();
          setMode('reschedule');
        } else if (item && k === 'o') {
          e.preventDefault();
          close();
          void openCustomer(item.customerId, null);
        }
      }}
    >
      <div className="duelist">
        <div ref={listRef} className="duelist-list" data-autofocus="true" tabIndex={0} aria-label="Promises due" role="listbox" aria-activedescendant={item ? `due-${item.id}` : undefined}>
          {status === 'loading' && items.length === 0 && <p className="muted">Loading…</p>}
          {status === 'error' && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {status === 'done' && items.length === 0 && <p className="empty">Nothing due today. Every promise is on time.</p>}
          <ul className="rows">
            {items.map((c, i) => (
              <li
                key={c.id}
                id={`due-${c.id}`}
                role="option"
                aria-selected={i === active}
                className={`due-row${i === active ? ' is-active' : ''}${c.overdue ? ' is-overdue' : ''}`}
                data-testid="due-item"
                data-overdue={c.overdue ? 'true' : 'false'}
                onClick={() => setActive(i)}
              >
                <div className="row-line">
                  {c.overdue && <span className="badge badge-overdue">Overdue</span>}
                  <span>{c.description}</span>
                </div>
                <div className="row-meta">
                  <strong>{c.customerName}</strong>
                  <span className={c.overdue ? 'due is-overdue' : 'due'}>· {formatDue(c.dueAt, now)}</span>
                  <span>· {formatDateTime(c.dueAt, now)}</span>
                  <span>· {c.owner}</span>
                  {c.caseNumber && <span className="mono">· {c.caseNumber}</span>}
                </div>
              </li>
            ))}
          </ul>
        </div>
        <DueDetail item={item} now={now} />
      </div>
      <p className="muted duelist-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>D</kbd> done · <kbd>R</kbd> reschedule · <kbd>O</kbd> open the customer · <kbd>Esc</kbd> close
      </p>
    </Dialog>
  );
}
