import { useEffect, useRef } from 'react';
import type { CustomerCandidate } from '../../../core/model/history.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { isTextField } from '../../app/shortcuts.js';
import { useAppStore, useAppStoreApi } from '../../app/StoreContext.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { useNow } from '../../app/useNow.js';
import { digitIndex } from '../../shared/listNav.js';
import { formatAgo } from '../../shared/relativeTime.js';
import { selectPickActive } from './selectors.js';

/**
 * Several customers share the number (a household, an office line). Nothing is picked
 * for the rep: they ask the caller's name and choose with ↑/↓ + Enter or the row's digit.
 */
export function CandidatePicker({ number, candidates }: { number: PoppedNumber; candidates: CustomerCandidate[] }) {
  const active = useAppStore(selectPickActive);
  const setActive = useAppStore((s) => s.setPickActive);
  const pick = useAppStore((s) => s.pickCandidate);
  const store = useAppStoreApi();
  const now = useNow();
  const listRef = useRef<HTMLOListElement>(null);
  useFocusTarget('picker', listRef);

  // Window-level, so the digits work even after a click elsewhere; text fields keep theirs.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const state = store.getState();
      if (state.helpOpen) return;
      const digit = digitIndex(e.key, candidates.length);
      if (digit !== null) {
        e.preventDefault();
        void state.pickCandidate(digit);
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        state.movePick(e.key === 'ArrowDown' ? 1 : -1);
      } else if (e.key === 'Enter' && state.pickActive >= 0) {
        e.preventDefault();
        void state.pickCandidate(state.pickActive);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, candidates.length]);

  return (
    <section className="picker" data-testid="picker" aria-labelledby="picker-title">
      <header className="screen-head">
        <h2 id="picker-title">
          {candidates.length} customers share <span className="mono">{number.display}</span>
        </h2>
        <p className="screen-sub">Ask the caller’s name, then pick: ↑ ↓ and Enter, or the number key.</p>
      </header>
      <ol
        ref={listRef}
        className="picker-list"
        role="listbox"
        tabIndex={-1}
        aria-label="Customers with this number"
        aria-activedescendant={active >= 0 ? `candidate-${active}` : undefined}
      >
        {candidates.map((c, i) => (
          <li
            key={c.id}
            id={`candidate-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-item is-active' : 'picker-item'}
            data-testid="candidate"
            data-customer-id={c.id}
            onMouseEnter={() => setActive(i)}
            onClick={() => void pick(i)}
          >
            <span className="picker-key">{i < 9 ? <kbd>{i + 1}</kbd> : null}</span>
            <span className="picker-name">{c.name}</span>
            <span className="picker-phones mono">
              {c.phones.map((p) => (
                <span key={p}>{p}</span>
              ))}
            </span>
            <span className={c.openCaseCount ? 'picker-cases has-open' : 'picker-cases'}>
              {c.openCaseCount === 0 ? 'No open cases' : `${c.openCaseCount} open case${c.openCaseCount === 1 ? '' : 's'}`}
            </span>
            <span className="picker-last">{c.lastCallAt ? `Last call ${formatAgo(c.lastCallAt, now)}` : 'Never called'}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
