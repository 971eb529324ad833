import { useRef, type KeyboardEvent } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { CLOSING_ITEMS, type ClosingItem, type ClosingItemId } from '../../../../core/call/closing.js';
import { closingItemRequired } from '../../../../core/call/closingCheck.js';
import type { CallState } from '../../../../core/call/state.js';
import { isTextField } from '../../../app/shortcuts.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { useFocusTarget } from '../../../app/useFocusTarget.js';
import { formatDateTime } from '../../../shared/formatDate.js';
import { formatDue } from '../../../shared/relativeTime.js';

type ItemView = { item: ClosingItem; required: boolean; ticked: boolean; bySteps: boolean; overridden: boolean };

export function closingView(state: CallState): ItemView[] {
  const overridden = state.closing.override?.missing ?? [];
  return CLOSING_ITEMS.map((item) => ({
    item,
    required: closingItemRequired(item, state),
    ticked: state.closing.ticked[item.id] !== undefined,
    bySteps: item.satisfiedBySteps.some((id) => state.checked.some((c) => c.stepId === id)),
    overridden: overridden.includes(item.id),
  }));
}

/**
 * The end of the call, in the order a rep says it. Alt+L brings the keyboard here; then
 * each item's letter ticks or unticks it (plain letters: nothing to type here). What to
 * say sits under each item for the rep who blanks after a long call.
 */
export function ClosingPanel({ call, now }: { call: CallView; now: number }) {
  const record = useAppStore((s) => s.record);
  const requestFocus = useAppStore((s) => s.requestFocus);
  const ref = useRef<HTMLElement>(null);
  useFocusTarget('closing', ref);
  const items = closingView(call.state);
  const missing = new Set<ClosingItemId>(call.closingMissing);
  // While the caller is still being heard, the checklist stays compact; its lines to say
  // open when the rep gets there (Alt+L, every live step done, or wrap-up).
  const liveStepsDone = call.state.script.steps.every((st) => st.done || st.wrapUp);
  const active = liveStepsDone || call.state.phase === 'wrap_up';
  const say = (v: ItemView) => (v.item.id === 'case_number' && call.case ? v.item.say.replace('...', call.case.number) : v.item.say);

  const toggle = (v: ItemView) => {
    void record({ type: v.ticked ? 'closing.unticked' : 'closing.ticked', item: v.item.id });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      requestFocus('notes');
      return;
    }
    const v = items.find((i) => i.item.key === e.key.toLowerCase());
    if (v) {
      e.preventDefault();
      toggle(v);
    }
  };

  return (
    <section
      ref={ref}
      className={`panel closing${active ? ' is-active' : ''}`}
      data-testid="closing"
      aria-labelledby="closing-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h3 id="closing-title" className="panel-title">
        Closing <span className="panel-count">{items.filter((v) => v.required && !missing.has(v.item.id)).length}/{items.filter((v) => v.required).length}</span>
        <span className="panel-title-end muted closing-howto">
          <kbd>Alt+L</kbd> then a letter
        </span>
      </h3>
      <ul className="closing-items">
        {items.map((v) => {
          const done = v.ticked || v.bySteps;
          const cls = ['closing-item', done ? 'is-done' : '', !v.required ? 'is-optional' : '', v.overridden && !done ? 'is-overridden' : ''].filter(Boolean).join(' ');
          return (
            <li key={v.item.id} className={cls} data-testid="closing-item" data-item={v.item.id} data-done={done ? 'true' : 'false'}>
              <button type="button" className="closing-check" role="checkbox" aria-checked={done} onClick={() => toggle(v)} tabIndex={-1}>
                <kbd>{v.item.key.toUpperCase()}</kbd>
                <span className="closing-box" aria-hidden="true">
                  {done ? '✓' : ''}
                </span>
                <span className="closing-label">{v.item.label}</span>
              </button>
              {!done && v.required && <p className="closing-say">“{say(v)}”</p>}
              {!v.required && !done && <p className="closing-note muted">Not needed: the caller is calm.</p>}
              {v.bySteps && !v.ticked && <p className="closing-note muted">Done in the script.</p>}
              {v.overridden && !done && <p className="closing-note closing-note-warn">Skipped by override: {call.state.closing.override?.reason}</p>}
            </li>
          );
        })}
      </ul>
      <CallPromises call={call} now={now} />
    </section>
  );
}

/** Promises made on this call: each with an owner and a due time, or it is not a promise. */
function CallPromises({ call, now }: { call: CallView; now: number }) {
  const run = useAppStore((s) => s.runLiveAction);
  const promises = call.state.commitments;
  return (
    <div className="callpromises" data-testid="call-promises">
      <h4 className="panel-subtitle">
        Promises on this call <span className="panel-count">{promises.length}</span>
        <button type="button" className="button button-small" onClick={() => run({ kind: 'promise' })}>
          Add <kbd>Alt+P</kbd>
        </button>
      </h4>
      {promises.length === 0 ? (
        <p className="empty">None yet. “I’ll call you back…” is a promise: record it.</p>
      ) : (
        <ul className="rows">
          {promises.map((c) => (
            <li key={c.id} data-testid="call-promise">
              <div className="row-line">{c.description}</div>
              <div className="row-meta">
                <span>{c.owner}</span>
                <span>· {formatDue(c.dueAt, now)}</span>
                <span>· {formatDateTime(c.dueAt, now)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
